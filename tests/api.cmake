# tests for api
