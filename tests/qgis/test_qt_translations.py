"""Qt's own strings (standard buttons, file dialogs) in the interface language: QGIS 3.22's ``QgsApplication``
installs Qt's translator (``qt_<language>.qm``, Debian's ``qttranslations5-l10n``) for the language it is started in;
QGIS 3.40's does not outside the desktop's own start-up, so the plugin's ``install_translator`` adds it where Qt's
texts are still English. The dialogs use standard buttons without translating them by hand."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

_PROBE = """
import sys
from qgis.core import QgsApplication
from qgis.PyQt.QtWidgets import QDialogButtonBox
QgsApplication.setTranslation(sys.argv[1])  # what QGIS's main() does with the interface language
app = QgsApplication([], True)
sys.path.insert(0, sys.argv[2])
from smart_municipality.smart_municipality.i18n import install_translator
install_translator(sys.argv[1])  # what the plugin does in initGui: adds Qt's translator where QGIS did not
box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.Cancel)
print("|".join(sorted(button.text() for button in box.buttons())))
"""


@pytest.mark.parametrize(("code", "texts"), [("nl", "Annuleren|Sluiten"), ("fr", "Annuler|Fermer"),
                                             ("en", "Cancel|Close")])
def test_qt_standard_buttons_follow_the_interface_language(plugins_dir, code, texts):
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    answer = subprocess.run([sys.executable, "-c", _PROBE, code, str(plugins_dir)], capture_output=True, text=True,
                            timeout=120, env=environment, check=True)
    assert answer.stdout.strip().splitlines()[-1] == texts


def test_plugin_dialogs_leave_standard_buttons_to_qt():
    """No hand-made translation of a standard button: Qt's translator names them in every language QGIS has."""
    from pathlib import Path

    gui = Path(__file__).resolve().parents[2] / "smart_municipality" / "gui"
    offenders = [path.name for path in gui.glob("*.py") if 'tr("Close")' in path.read_text(encoding="utf-8")]
    assert not offenders
