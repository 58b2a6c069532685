# A lexicon with one problem per line, for the CLI test.
[roles]
pm | Project Manager
[terms]
project manager | pm=2
scope | nobody=1
 | pm=1
budget | pm=lots
manag*er | pm=1
Project  Manager | pm=1
