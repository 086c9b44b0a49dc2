# tests for validation
