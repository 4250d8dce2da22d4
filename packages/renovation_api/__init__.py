"""renovation_api: the REST API that serves renovation_core as the system of record.

``create_app(settings)`` in :mod:`renovation_api.app` builds the Litestar app; the
``renovation`` command (:mod:`renovation_api.cli`) serves it, migrates the database, loads
programme files and exports the OpenAPI contract.
"""
