"""Helpers every app shares (formatting, time): imported downward by plans, progress, web, exports, api.

Nothing here imports another shinchoku app, so any app may import it without a cycle.
"""
