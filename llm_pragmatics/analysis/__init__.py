"""The studies' own analyses, per model and across models, and the human reference.

Small modules, each checked against an independent computation and against R:
`design` (model matrices as R builds them), `descriptive` (means and standard errors by
condition), `anova` (sequential sums of squares), `significance` (one-tailed paired t and
exact binomial tests), `regression` (logistic regression, binary or fractional outcome),
`divergence` (entropy, Jensen-Shannon divergence, bootstrap and split-half intervals) and
`human` (reading a human reference file into a study's conditions and outcome).
"""
