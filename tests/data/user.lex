# A two-role user lexicon for the CLI test.
[roles]
data_engineer | Data Engineer
data_scientist | Data Scientist
[model]
relevance_bias = -1.5

[terms]
data pipeline | data_engineer=2 relevance=2
spark | data_engineer=1 relevance=1
machine learning | data_scientist=2 relevance=2
statistics | data_scientist=1 relevance=1
