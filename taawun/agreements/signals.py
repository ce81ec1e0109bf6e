"""What the agreements app tells the apps above it, without importing them.

`obligation_saved` is sent by `services.obligation_save` inside its transaction, with
`obligation=`; projects connect to it in their AppConfig.ready() (a contribution that comes
from an obligation follows it). Agreements sit below projects and never import them.

`delivery_asked` is sent by `services.delivery_record` before anything is written, with
`obligation=`: a receiver answers None, or the sentence that says why this obligation cannot be
delivered yet (grants: a tranche whose condition is a report not accepted), and the delivery is
refused with it.
"""

from django.dispatch import Signal

obligation_saved = Signal()
delivery_asked = Signal()
