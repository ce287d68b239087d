"""Fake OGC map services of Digitaal Vlaanderen: WMTS (GRB, orthophoto) and WMS 1.3.0 (GRB, DHMV, VRBG).

Capabilities are written like the real ones (services.md §3.1, §3.2, §4, §9.3, §10): WMTS 1.0.0 with the two
matrix sets ``BPL72VL`` (EPSG:31370, top-left 9928 329072, resolutions 1024 m … 3.125 cm, the grid the Flemish
web components use) and ``GoogleMapsVL`` (EPSG:3857, the standard Google grid), KVP GetTile; WMS 1.3.0 with
GetMap, GetFeatureInfo and GetLegendGraphic, ``LegendURL`` per style. Every URL inside a capabilities document
points back at the host the client used, so the same documents serve any port.

Images are drawn with QImage: a solid colour per layer with the tile address (or layer name) written on it, so a
rendered map shows which tiles QGIS asked for. Wrong parameters give the OGC exception documents a real server
sends (``ows:ExceptionReport`` for WMTS, ``ServiceExceptionReport`` for WMS).
"""

from __future__ import annotations

import functools
from xml.sax.saxutils import escape

from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QImage, QPainter, QPen

from .server import FakeServer, Request

# -- tile matrix sets ---------------------------------------------------------------------------------------------
PIXEL_SIZE_M = 0.00028  # OGC standardized rendering pixel size
BPL72VL_TOP_LEFT = (9928.0, 329072.0)
BPL72VL_RESOLUTIONS = [1024.0 / 2**level for level in range(16)]  # 1024 m … 0.03125 m per pixel
GOOGLE_ORIGIN = 20037508.342789244
GOOGLE_LEVELS = range(22)


def _bpl72vl_matrices() -> list[dict]:
    return [{"id": str(level), "scale": res / PIXEL_SIZE_M, "top_left": BPL72VL_TOP_LEFT, "width": 2**level,
             "height": 2**level} for level, res in enumerate(BPL72VL_RESOLUTIONS)]


def _google_matrices() -> list[dict]:
    return [{"id": str(z), "scale": 559082264.0287178 / 2**z, "top_left": (-GOOGLE_ORIGIN, GOOGLE_ORIGIN),
             "width": 2**z, "height": 2**z} for z in GOOGLE_LEVELS]


MATRIX_SETS = {
    "BPL72VL": ("urn:ogc:def:crs:EPSG::31370", _bpl72vl_matrices()),
    "GoogleMapsVL": ("urn:ogc:def:crs:EPSG::3857", _google_matrices()),
}

# -- services and their layers ------------------------------------------------------------------------------------
WGS84_FLANDERS = (2.52, 50.67, 5.94, 51.51)  # lon/lat box of Flanders
LAMBERT72_FLANDERS = (21492.0, 153000.0, 259366.0, 245000.0)
WEB_MERCATOR_FLANDERS = (280500.0, 6558000.0, 661300.0, 6708000.0)

WMTS_SERVICES = {
    "/GRB/wmts": {
        "title": "GRB basiskaart WMTS",
        "layers": {
            "grb_bsk": ("GRB basiskaart", "#f4efe1"),
            "grb_bsk_grijs": ("GRB basiskaart grijs", "#d9d9d9"),
        },
        "formats": ["image/png"],
    },
    "/OMWRGBMRVL/wmts": {
        "title": "Orthofotomozaïek, middenschalig, winteropnamen, kleur, meest recent, Vlaanderen",
        "layers": {"omwrgbmrvl": ("Orthofotomozaïek, middenschalig, winteropnamen, kleur, meest recent", "#6b8e4e")},
        "formats": ["image/png", "image/jpeg"],
    },
}

WMS_SERVICES = {
    "/GRB/wms": {
        "title": "GRB WMS",
        "layers": {
            "GRB_BSK": ("GRB basiskaart", "#f4efe1"),
            "GRB_GBG": ("Gebouw aan de grond", "#c0504d"),
            "GRB_ADP": ("Administratief perceel", "#4f81bd"),
            "GRB_WBN": ("Wegbaan", "#7f7f7f"),
        },
    },
    "/DHMV/wms": {
        "title": "Digitaal Hoogtemodel Vlaanderen WMS",
        "layers": {
            "DHMVII_DTM_1m": ("DHMV II DTM 1 m", "#8c6d46"),
            "DHMVII_DSM_1m": ("DHMV II DSM 1 m", "#a08050"),
            "DHMV_II_HILL_25cm": ("DHMV II hillshade 25 cm", "#9a9a9a"),
        },
    },
    "/VRBG/wms": {
        "title": "Voorlopig Referentiebestand Gemeentegrenzen WMS",
        "layers": {
            "Refgem": ("Referentiebestand gemeentegrenzen", "#e36c09"),
            "Refprv": ("Referentiebestand provinciegrenzen", "#953735"),
            "Refarr": ("Referentiebestand arrondissementsgrenzen", "#604a7b"),
        },
    },
}
WMS_CRS = ["EPSG:31370", "EPSG:3812", "EPSG:3857", "EPSG:4326", "EPSG:4258", "EPSG:25831"]


# -- helpers ------------------------------------------------------------------------------------------------------
def _base_url(request: Request, prefix: str) -> str:
    host = request.headers.get("host") or "127.0.0.1"
    return f"http://{host}{prefix}"


def _xml(body: str, status: int = 200, content_type: str = "application/xml") -> tuple[int, dict[str, str], bytes]:
    return status, {"Content-Type": content_type}, ('<?xml version="1.0" encoding="UTF-8"?>\n' + body).encode("utf-8")


def _png_response(data: bytes) -> tuple[int, dict[str, str], bytes]:
    return 200, {"Content-Type": "image/png", "Cache-Control": "max-age=3600"}, data


def _ows_exception(code: str, locator: str, text: str) -> tuple[int, dict[str, str], bytes]:
    return _xml(
        '<ows:ExceptionReport xmlns:ows="http://www.opengis.net/ows/1.1" version="1.1.0">'
        f'<ows:Exception exceptionCode="{code}" locator="{escape(locator)}">'
        f"<ows:ExceptionText>{escape(text)}</ows:ExceptionText></ows:Exception></ows:ExceptionReport>",
        400,
    )


def _wms_exception(code: str, text: str) -> tuple[int, dict[str, str], bytes]:
    # A real WMS 1.3.0 answers exceptions with HTTP 200 and this document.
    return _xml(
        '<ServiceExceptionReport version="1.3.0" xmlns="http://www.opengis.net/ogc">'
        f'<ServiceException code="{code}">{escape(text)}</ServiceException></ServiceExceptionReport>',
        200,
        "text/xml",
    )


@functools.lru_cache(maxsize=1024)
def render_png(width: int, height: int, colour: str, text: str, alpha: int = 255, border: bool = True) -> bytes:
    """A PNG of ``width`` x ``height``: ``colour`` fill, a border and ``text`` (when fonts are usable here)."""
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    fill = QColor(colour)
    fill.setAlpha(alpha)
    image.fill(fill)
    painter = QPainter(image)
    if border:
        pen = QPen(QColor(colour).darker(160))
        pen.setWidth(1)
        painter.setPen(pen)
        painter.drawRect(0, 0, width - 1, height - 1)
    # Text needs a GUI application and font rendering that works off the main thread (the server's threads).
    if text and QGuiApplication.instance() is not None and QFontDatabase.supportsThreadedFontRendering():
        font = QFont()
        font.setPixelSize(max(8, min(14, height // 3)))
        painter.setFont(font)
        painter.setPen(QColor("#202020"))
        painter.drawText(QRectF(2, 2, width - 4, height - 4), int(Qt.AlignmentFlag.AlignCenter), text)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


# -- WMTS ---------------------------------------------------------------------------------------------------------
def _wmts_capabilities(base: str, service: dict) -> str:
    west, south, east, north = WGS84_FLANDERS
    operations = "".join(
        f'<ows:Operation name="{name}"><ows:DCP><ows:HTTP><ows:Get xlink:href="{escape(base)}?">'
        '<ows:Constraint name="GetEncoding"><ows:AllowedValues><ows:Value>KVP</ows:Value></ows:AllowedValues>'
        "</ows:Constraint></ows:Get></ows:HTTP></ows:DCP></ows:Operation>"
        for name in ("GetCapabilities", "GetTile", "GetFeatureInfo")
    )
    layers = []
    for identifier, (title, _colour) in service["layers"].items():
        formats = "".join(f"<Format>{f}</Format>" for f in service["formats"])
        links = "".join(f"<TileMatrixSetLink><TileMatrixSet>{m}</TileMatrixSet></TileMatrixSetLink>"
                        for m in MATRIX_SETS)
        layers.append(
            f"<Layer><ows:Title>{escape(title)}</ows:Title><ows:Abstract>{escape(title)}</ows:Abstract>"
            f"<ows:WGS84BoundingBox><ows:LowerCorner>{west} {south}</ows:LowerCorner>"
            f"<ows:UpperCorner>{east} {north}</ows:UpperCorner></ows:WGS84BoundingBox>"
            f"<ows:Identifier>{identifier}</ows:Identifier>"
            '<Style isDefault="true"><ows:Identifier>default</ows:Identifier></Style>'
            f"{formats}{links}</Layer>"
        )
    matrix_sets = []
    for identifier, (crs, matrices) in MATRIX_SETS.items():
        rows = "".join(
            f"<TileMatrix><ows:Identifier>{m['id']}</ows:Identifier>"
            f"<ScaleDenominator>{m['scale']!r}</ScaleDenominator>"
            f"<TopLeftCorner>{m['top_left'][0]!r} {m['top_left'][1]!r}</TopLeftCorner>"
            "<TileWidth>256</TileWidth><TileHeight>256</TileHeight>"
            f"<MatrixWidth>{m['width']}</MatrixWidth><MatrixHeight>{m['height']}</MatrixHeight></TileMatrix>"
            for m in matrices
        )
        matrix_sets.append(f"<TileMatrixSet><ows:Identifier>{identifier}</ows:Identifier>"
                           f"<ows:SupportedCRS>{crs}</ows:SupportedCRS>{rows}</TileMatrixSet>")
    return (
        '<Capabilities xmlns="http://www.opengis.net/wmts/1.0" xmlns:ows="http://www.opengis.net/ows/1.1" '
        'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:gml="http://www.opengis.net/gml" version="1.0.0">'
        f"<ows:ServiceIdentification><ows:Title>{escape(service['title'])}</ows:Title>"
        "<ows:ServiceType>OGC WMTS</ows:ServiceType><ows:ServiceTypeVersion>1.0.0</ows:ServiceTypeVersion>"
        "<ows:Fees>none</ows:Fees><ows:AccessConstraints>Modellicentie Gratis Hergebruik</ows:AccessConstraints>"
        "</ows:ServiceIdentification>"
        "<ows:ServiceProvider><ows:ProviderName>Digitaal Vlaanderen</ows:ProviderName></ows:ServiceProvider>"
        f"<ows:OperationsMetadata>{operations}</ows:OperationsMetadata>"
        f"<Contents>{''.join(layers)}{''.join(matrix_sets)}</Contents>"
        f'<ServiceMetadataURL xlink:href="{escape(base)}?SERVICE=WMTS&amp;REQUEST=GetCapabilities"/>'
        "</Capabilities>"
    )


def _wmts_get_tile(request: Request, service: dict) -> tuple[int, dict[str, str], bytes]:
    layer = request.param("layer", "")
    if layer not in service["layers"]:
        return _ows_exception("InvalidParameterValue", "LAYER", f"Unknown layer: {layer}")
    matrix_set = request.param("tilematrixset", "")
    if matrix_set not in MATRIX_SETS:
        return _ows_exception("InvalidParameterValue", "TILEMATRIXSET", f"Unknown tile matrix set: {matrix_set}")
    matrix_id = request.param("tilematrix", "")
    matrices = {m["id"]: m for m in MATRIX_SETS[matrix_set][1]}
    if matrix_id not in matrices:
        return _ows_exception("InvalidParameterValue", "TILEMATRIX", f"Unknown tile matrix: {matrix_id}")
    try:
        row, col = int(request.param("tilerow", "")), int(request.param("tilecol", ""))
    except ValueError:
        return _ows_exception("MissingParameterValue", "TILEROW", "TILEROW and TILECOL must be integers")
    matrix = matrices[matrix_id]
    if not (0 <= row < matrix["height"] and 0 <= col < matrix["width"]):
        return _ows_exception("TileOutOfRange", "TILEROW", f"Tile {row}/{col} is outside matrix {matrix_id}")
    colour = service["layers"][layer][1]
    return _png_response(render_png(256, 256, colour, f"{layer}\n{matrix_set} {matrix_id}/{row}/{col}"))


def _wmts_handler(prefix: str, service: dict):
    def handle(request: Request) -> tuple[int, dict[str, str], bytes]:
        operation = (request.param("request", "") or "").lower()
        if operation == "getcapabilities" or request.path.endswith("WMTSCapabilities.xml"):
            return _xml(_wmts_capabilities(_base_url(request, prefix), service))
        if operation == "gettile":
            return _wmts_get_tile(request, service)
        return _ows_exception("OperationNotSupported", "REQUEST", f"Unsupported request: {operation}")

    return handle


# -- WMS ----------------------------------------------------------------------------------------------------------
def _wms_capabilities(base: str, service: dict) -> str:
    west, south, east, north = WGS84_FLANDERS
    href = escape(base) + "?"
    dcp = f'<DCPType><HTTP><Get><OnlineResource xlink:type="simple" xlink:href="{href}"/></Get></HTTP></DCPType>'
    crs = "".join(f"<CRS>{c}</CRS>" for c in WMS_CRS)
    lx0, ly0, lx1, ly1 = LAMBERT72_FLANDERS
    mx0, my0, mx1, my1 = WEB_MERCATOR_FLANDERS
    boxes = (
        f"<EX_GeographicBoundingBox><westBoundLongitude>{west}</westBoundLongitude>"
        f"<eastBoundLongitude>{east}</eastBoundLongitude><southBoundLatitude>{south}</southBoundLatitude>"
        f"<northBoundLatitude>{north}</northBoundLatitude></EX_GeographicBoundingBox>"
        f'<BoundingBox CRS="EPSG:31370" minx="{lx0}" miny="{ly0}" maxx="{lx1}" maxy="{ly1}"/>'
        f'<BoundingBox CRS="EPSG:3857" minx="{mx0}" miny="{my0}" maxx="{mx1}" maxy="{my1}"/>'
    )
    layers = []
    for name, (title, _colour) in service["layers"].items():
        legend = escape(f"{base}?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetLegendGraphic&FORMAT=image/png&LAYER={name}")
        layers.append(
            f'<Layer queryable="1" opaque="0"><Name>{name}</Name><Title>{escape(title)}</Title>'
            f"<Abstract>{escape(title)}</Abstract>{boxes}"
            '<Style><Name>default</Name><Title>default</Title>'
            '<LegendURL width="160" height="24"><Format>image/png</Format>'
            f'<OnlineResource xlink:type="simple" xlink:href="{legend}"/></LegendURL></Style></Layer>'
        )
    return (
        '<WMS_Capabilities version="1.3.0" xmlns="http://www.opengis.net/wms" '
        'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<Service><Name>WMS</Name><Title>{escape(service['title'])}</Title>"
        f'<OnlineResource xlink:type="simple" xlink:href="{href}"/>'
        "<Fees>none</Fees><AccessConstraints>Modellicentie Gratis Hergebruik</AccessConstraints>"
        "<MaxWidth>4000</MaxWidth><MaxHeight>4000</MaxHeight></Service>"
        "<Capability><Request>"
        f"<GetCapabilities><Format>text/xml</Format>{dcp}</GetCapabilities>"
        f"<GetMap><Format>image/png</Format><Format>image/jpeg</Format>{dcp}</GetMap>"
        f"<GetFeatureInfo><Format>text/plain</Format><Format>application/json</Format>{dcp}</GetFeatureInfo>"
        "</Request><Exception><Format>XML</Format></Exception>"
        f'<Layer queryable="0"><Title>{escape(service["title"])}</Title>{crs}{boxes}{"".join(layers)}</Layer>'
        "</Capability></WMS_Capabilities>"
    )


def _wms_get_map(request: Request, service: dict) -> tuple[int, dict[str, str], bytes]:
    names = [n for n in (request.param("layers", "") or "").split(",") if n]
    unknown = [n for n in names if n not in service["layers"]]
    if not names or unknown:
        return _wms_exception("LayerNotDefined", f"Unknown layer: {','.join(unknown) or '(none)'}")
    crs = request.param("crs") or request.param("srs") or ""
    if crs.upper() not in WMS_CRS:
        return _wms_exception("InvalidCRS", f"Unsupported CRS: {crs}")
    try:
        width, height = int(request.param("width", "")), int(request.param("height", ""))
        bbox = [float(v) for v in (request.param("bbox", "") or "").split(",")]
    except ValueError:
        return _wms_exception("MissingOrInvalidParameter", "WIDTH, HEIGHT and BBOX must be numbers")
    if len(bbox) != 4 or not (0 < width <= 4000 and 0 < height <= 4000):
        return _wms_exception("MissingOrInvalidParameter", "BBOX needs four numbers and the size at most 4000")
    colour = service["layers"][names[0]][1]
    return _png_response(render_png(width, height, colour, f"{','.join(names)} {crs}", alpha=110))


def _wms_legend(request: Request, service: dict) -> tuple[int, dict[str, str], bytes]:
    layer = request.param("layer", "")
    if layer not in service["layers"]:
        return _wms_exception("LayerNotDefined", f"Unknown layer: {layer}")
    title, colour = service["layers"][layer]
    return _png_response(render_png(160, 24, colour, title))


def _wms_handler(prefix: str, service: dict):
    def handle(request: Request) -> tuple[int, dict[str, str], bytes]:
        operation = (request.param("request", "") or "").lower()
        if operation == "getcapabilities":
            return _xml(_wms_capabilities(_base_url(request, prefix), service), content_type="text/xml")
        if operation == "getmap":
            return _wms_get_map(request, service)
        if operation == "getlegendgraphic":
            return _wms_legend(request, service)
        if operation == "getfeatureinfo":
            return 200, {"Content-Type": "text/plain"}, b"no features were found"
        return _wms_exception("OperationNotSupported", f"Unsupported request: {operation}")

    return handle


def register(server: FakeServer, data=None) -> None:
    for prefix, service in WMTS_SERVICES.items():
        server.route(prefix, _wmts_handler(prefix, service))
    for prefix, service in WMS_SERVICES.items():
        server.route(prefix, _wms_handler(prefix, service))
