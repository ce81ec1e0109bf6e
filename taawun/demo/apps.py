from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The Aourir demo and the synthetic benchmark data: the top layer.

    It imports every app and no app imports it (only its own commands and tests; the benchmarks
    call its commands).
    """

    name = "taawun.demo"
