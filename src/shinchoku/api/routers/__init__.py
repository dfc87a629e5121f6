"""One router per resource group; shinchoku.api.api mounts them."""
