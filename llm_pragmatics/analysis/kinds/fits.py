"""Models fitted to a measure: the sequential ANOVA and the logistic regression."""

from __future__ import annotations

from ...schemas import MODEL_COLUMN
from ..anova import sequential_anova
from ..measures import VALUE
from ..regression import logistic_regression
from .base import (
    ALL_MODELS,
    EXPERIMENT,
    NOTE,
    AnalysisInputs,
    model_rows,
    number,
    select,
    usable_experiments,
)

ANOVA_COLUMNS = {
    "term": "text",
    "df": "count",
    "sum_sq": "nonnegative",
    "mean_sq": "nonnegative",
    "statistic": "nonnegative",
    "p": "probability",
    "n": "count",
}


def anova(inputs: AnalysisInputs, name: str, measure: str, factors: list, where=None):
    """R's summary(aov(value ~ f1 * f2 * ..., data)) with the factors as R factors, per model
    and experiment; with `model` among the factors, once over every model's rows (`model` =
    all models). `where` picks the rows (a value of a measure's variable); `statistic` is F."""
    measure_ = inputs.measure(measure)
    rows = []
    pooled = MODEL_COLUMN in factors
    usable, unavailable = usable_experiments(
        inputs, measure_, [ALL_MODELS] if pooled else inputs.models
    )
    rows += unavailable
    for experiment in usable:
        keep = [MODEL_COLUMN] + [f for f in factors if f != MODEL_COLUMN]
        long = select(measure_.long(inputs.tables[experiment], experiment, keep), where)
        groups = [(ALL_MODELS, long)] if pooled else model_rows(long, inputs.models)
        for model, part in groups:
            present = part.dropna(subset=[VALUE])
            if present.empty:
                rows.append(
                    {MODEL_COLUMN: model, EXPERIMENT: experiment, NOTE: "no values to analyse"}
                )
                continue
            table = sequential_anova(present, VALUE, list(factors))
            if len(table) == 1:
                rows.append(
                    {
                        MODEL_COLUMN: model,
                        EXPERIMENT: experiment,
                        "n": len(present),
                        NOTE: "no factor varies in these rows: nothing to test",
                    }
                )
                continue
            for row in table:
                note = (
                    ""
                    if row.f is not None or row.term == "Residuals"
                    else ("no residual variance: F is not defined")
                )
                rows.append(
                    {
                        MODEL_COLUMN: model,
                        EXPERIMENT: experiment,
                        "term": row.term,
                        "df": row.df,
                        "sum_sq": row.sum_sq,
                        "mean_sq": number(row.mean_sq),
                        "statistic": number(row.f),
                        "p": number(row.p),
                        "n": len(present),
                        NOTE: note,
                    }
                )
    return rows


LOGISTIC_COLUMNS = {
    "family": "text",
    "section": "text",
    "term": "text",
    "estimate": "number",
    "se": "nonnegative",
    "statistic": "number",
    "df": "count",
    "df_residual": "count",
    "deviance": "number",
    "residual_deviance": "nonnegative",
    "p": "probability",
    "dispersion": "nonnegative",
    "n": "count",
}


def logistic(inputs: AnalysisInputs, name: str, measure: str, factors: list, levels=None):
    """Logistic regression of a measure on the factors and all their interactions, per
    model and experiment: in Experiment 1 the measure is 0/1 per answer (R's glm with
    family = binomial: Wald z), in Experiment 2 a probability per trial (family =
    quasibinomial: t). Rows of section `coefficient` (`statistic` z or t) and `deviance`
    (R's anova(fit, test = "Chisq") or test = "F": `statistic` chi-square or F)."""
    measure_ = inputs.measure(measure)
    usable, rows = usable_experiments(inputs, measure_)
    for experiment in usable:
        long = measure_.long(inputs.tables[experiment], experiment, [MODEL_COLUMN, *factors])
        for model, part in model_rows(long, inputs.models):
            fit = logistic_regression(
                part, VALUE, list(factors), levels, fractional=experiment == 2
            )
            head = {MODEL_COLUMN: model, EXPERIMENT: experiment, "family": fit.family}
            common = {"n": fit.n, "dispersion": number(fit.dispersion)}
            if not fit.coefficients and not fit.deviance:
                rows.append({**head, **common, NOTE: fit.note})
                continue
            for c in fit.coefficients:
                rows.append(
                    {
                        **head,
                        "section": "coefficient",
                        "term": c.term,
                        "estimate": number(c.estimate),
                        "se": number(c.se),
                        "statistic": number(c.statistic),
                        "df_residual": fit.deviance[-1].residual_df if fit.deviance else None,
                        "p": number(c.p),
                        **common,
                        NOTE: c.note,
                    }
                )
            for d in fit.deviance:
                rows.append(
                    {
                        **head,
                        "section": "deviance",
                        "term": d.term,
                        "statistic": number(d.statistic),
                        "df": d.df,
                        "df_residual": d.residual_df,
                        "deviance": number(d.deviance),
                        "residual_deviance": d.residual_deviance,
                        "p": number(d.p),
                        **common,
                        NOTE: fit.note if d.term == "NULL" else "",
                    }
                )
    return rows
