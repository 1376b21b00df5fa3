"""The web layer: one blueprint per feature; views stay thin and call services."""
