"""The post-mortems read model: each incident's whole document, ready to serve."""
