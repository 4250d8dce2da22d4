"""renovation_api: the REST API (Litestar) that serves renovation_core as the system of record.

Arrives with the REST API v1 issue; until then the package holds only this skeleton.
"""
