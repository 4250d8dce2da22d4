"""Persistence: SQLAlchemy Core tables, explicit row ↔ domain mapping, and the queries."""
