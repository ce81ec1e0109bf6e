"""Builders: a demo record, read from taawun.demo.data, built through the services and forms."""
