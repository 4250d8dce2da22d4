"""HTTP controllers, one module per part of the domain."""
