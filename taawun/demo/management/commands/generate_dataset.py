"""Synthetic data for the benchmarks; the generator is taawun.demo.synthetic.

manage.py generate_dataset --scale national --seed 1
"""

from django.core.management.base import BaseCommand

from taawun.demo.synthetic import SCALES, Generator


class Command(BaseCommand):
    help = "Generate a deterministic synthetic dataset (commune, region or national scale)."

    def add_arguments(self, parser):
        parser.add_argument("--scale", choices=SCALES, default="commune")
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument(
            "--replace", action="store_true", help="Delete a previous generated dataset first."
        )

    def handle(self, *args, scale, seed, replace, **options):
        Generator(scale=scale, seed=seed, write=self.stdout.write).run(replace=replace)
