"""Addresses: normalisation of Flemish and Brussels addresses and batch matching onto the address register."""
