# tests for sandbox
