# The studies' own analyses (docs/analyses.md): one table per analysis a study names, from
# every model's all-models tables (Experiment 1: structured, Experiment 2: probabilities),
# the human reference and, for the model comparison, the other analyses' tables; and the
# figures drawn from them. None of them asks a model.


rule analysis:
    input:
        unpack(analysis_inputs),
        definition=study_definition,
        code=study_code,
    output:
        table=report(
            "results/all/analysis/{study}_{analysis}.csv",
            caption="../report/analysis.rst",
            category="Analysis",
            subcategory="{study}",
            labels={"model": "all models", "analysis": "{analysis}"},
        ),
    log:
        "logs/all/analysis_{study}_{analysis}.log",
    wildcard_constraints:
        analysis="[a-z0-9_]+",
    conda:
        "../envs/workflow.yaml"
    # The analysis's kind and parameters (llm_pragmatics.analysis.kinds.AnalysisSpec), the
    # models, and what the human reference is; the caption goes to the report.
    params:
        kind=lambda w: analysis_spec(w).kind,
        parameters=lambda w: analysis_spec(w).parameters,
        reads=lambda w: analysis_spec(w).reads,
        models=config["models"],
        reference=reference_label,
        caption=lambda w: analysis_spec(w).caption,
    script:
        "../scripts/analysis.py"


rule analysis_figure:
    input:
        table=analysis_figure_table,
        definition=study_definition,
        code=study_code,
    output:
        figure=report(
            "results/all/analysis/figures/{study}_{figure}.svg",
            caption="../report/analysis.rst",
            category="Analysis",
            subcategory="{study}",
            labels={"model": "all models", "analysis": "{figure} (figure)"},
        ),
    log:
        "logs/all/analysis_figure_{study}_{figure}.log",
    wildcard_constraints:
        figure="[a-z0-9_]+",
    conda:
        "../envs/workflow.yaml"
    # As the figure rule (llm_pragmatics.figures.FigureSpec), from an analysis's table.
    params:
        kind=lambda w: figure_spec(w).kind,
        parameters=lambda w: figure_spec(w).parameters,
        reference=figure_reference_label,
        caption=lambda w: figure_spec(w).caption,
    script:
        "../scripts/figure.py"
