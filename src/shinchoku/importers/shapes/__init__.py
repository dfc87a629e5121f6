"""Shape readers: the common shapes of a plan, read by their labels and not by municipality.

- ``tables``: one-row-per-initiative (or per-indicator) tables, the header row found by labels;
- ``cards``: label–value cards (「取組名：…」 lines, 【指標】 brackets, two-column label tables);
- ``outline``: numbered outlines (基本目標1 > (1) 施策 > ① 取組【担当課：…】 with ［指標］ lines).

Each works on the document model (``importers.document``) and adds to a ``common.Collector``;
the ``generic`` layout runs them and builds the plan.
"""
