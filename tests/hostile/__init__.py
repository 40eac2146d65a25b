"""The hostile-input suite: hostile pages, faults and bad input never lose data or let anyone in.

Every case runs against local servers on 127.0.0.1 only (crawler.localweb with its fault injection); the
table of cases and results is docs/reliability.md.
"""
