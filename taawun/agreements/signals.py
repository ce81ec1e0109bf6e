"""What the agreements app tells the apps above it, without importing them.

`obligation_saved` is sent by `services.obligation_save` inside its transaction, with
`obligation=`; projects connect to it in their AppConfig.ready() (a contribution that comes
from an obligation follows it). Agreements sit below projects and never import them.
"""

from django.dispatch import Signal

obligation_saved = Signal()
