"""medatlas package."""
