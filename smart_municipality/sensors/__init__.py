"""Sensor readings: one internal model shaped like OGC SensorThings, its time handling, imports and analyses.

Things (stations, devices) have a location; each has datastreams (one observed property in one unit); each
datastream has observations (a UTC time, a result, a quality). Every source (SensorThings servers, sensor.community,
Telraam, IRCEL-CELINE, files) is mapped onto this model (reference: sensors.md §10) before it reaches the store.
"""
