"""The audit log: who did what, when, from where, with what result (総務省ガイドライン, ASVS L2 §7).

``shinchoku.audit.recorder.record(kind, …)`` is the one way to write an event. Events go to the
``audit`` database alias — its own connection in autocommit, never inside the request's transaction —
so an event recorded during a request that later fails and rolls back is kept. See docs/security.md.
"""
