"""Use cases combining the domain rules, the store and the exchange formats; no Qt."""
