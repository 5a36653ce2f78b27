"""Domain logic as plain functions: they take models and values, flush, never commit."""
