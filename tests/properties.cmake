# tests for properties
