"""The Aourir demo content, as plain records the builders read."""
