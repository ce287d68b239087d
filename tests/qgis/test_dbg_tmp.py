import time
from qgis.core import QgsApplication
from smart_municipality.smart_municipality.gui.service_status import ServiceStatusTask

def test_dbg(qgis_app, fake_server, qtbot):
    for i in range(15):
        t = ServiceStatusTask(["geolocation", "grb_wms"])
        done = []
        t.completed.connect(lambda r: done.append(r))
        QgsApplication.taskManager().addTask(t)
        if i % 3 == 1:
            qtbot.wait(1)
        t.cancel()
        t0 = time.time()
        try:
            qtbot.waitUntil(lambda: bool(done), timeout=10000)
        finally:
            print("ITER", i, done, time.time() - t0, flush=True)
