"""Every algorithm of the provider. Add a new one to :func:`all_algorithms`."""

from __future__ import annotations


def all_algorithms() -> list:
    from .download_addresses import DownloadAddressesAlgorithm
    from .download_grb import DownloadGrbAlgorithm

    return [DownloadGrbAlgorithm(), DownloadAddressesAlgorithm()]
