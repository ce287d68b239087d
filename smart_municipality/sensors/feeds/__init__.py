"""The answers of the sensor services, mapped onto the sensors model (one module per service).

:mod:`smart_municipality.sources` fetches and returns plain records (JSON, CSV text); the mapping onto things,
datastreams and observations lives here, so data goes one way: sources → domain.
"""
