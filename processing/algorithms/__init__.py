"""Every algorithm of the provider. Add a new one to :func:`all_algorithms`."""

from __future__ import annotations


def all_algorithms() -> list:
    from .aggregate_observations import AggregateObservationsAlgorithm
    from .calibrate_path_loss import CalibratePathLossAlgorithm
    from .compare_periods import ComparePeriodsAlgorithm
    from .copy_store import CopyStoreAlgorithm
    from .device_register import DeviceRegisterAlgorithm
    from .download_addresses import DownloadAddressesAlgorithm
    from .download_grb import DownloadGrbAlgorithm
    from .export_projects_open_data import ExportProjectsOpenDataAlgorithm
    from .export_vacancy_open_data import ExportVacancyOpenDataAlgorithm
    from .import_observations import ImportObservationsAlgorithm
    from .import_vacancy_register import ImportVacancyRegisterAlgorithm
    from .interpolate_observations import InterpolateObservationsAlgorithm
    from .load_gipod import LoadGipodAlgorithm
    from .load_irceline import LoadIrcelineAlgorithm
    from .load_sensor_community import LoadSensorCommunityAlgorithm
    from .load_sensorthings import LoadSensorThingsAlgorithm
    from .load_telraam import LoadTelraamAlgorithm
    from .map_study import MapStudyAlgorithm
    from .match_addresses import MatchAddressesAlgorithm
    from .merge_project_registers import MergeProjectRegistersAlgorithm
    from .mobility_indicators import MobilityIndicatorsAlgorithm
    from .project_conflicts import ProjectConflictsAlgorithm
    from .publish_web_map import PublishWebMapAlgorithm
    from .radio_coverage import RadioCoverageAlgorithm
    from .site_gateways import SiteGatewaysAlgorithm
    from .site_sensors import SiteSensorsAlgorithm
    from .vacancy_hotspots import VacancyHotspotsAlgorithm
    from .vacancy_indicators import VacancyIndicatorsAlgorithm

    return [DownloadGrbAlgorithm(), DownloadAddressesAlgorithm(), CopyStoreAlgorithm(),
            RadioCoverageAlgorithm(), CalibratePathLossAlgorithm(), SiteGatewaysAlgorithm(), SiteSensorsAlgorithm(),
            MatchAddressesAlgorithm(),
            ImportVacancyRegisterAlgorithm(), VacancyIndicatorsAlgorithm(), VacancyHotspotsAlgorithm(),
            ExportVacancyOpenDataAlgorithm(),
            LoadSensorThingsAlgorithm(), LoadSensorCommunityAlgorithm(), LoadTelraamAlgorithm(),
            LoadIrcelineAlgorithm(),
            ImportObservationsAlgorithm(), AggregateObservationsAlgorithm(), InterpolateObservationsAlgorithm(),
            DeviceRegisterAlgorithm(),
            LoadGipodAlgorithm(), ProjectConflictsAlgorithm(), MergeProjectRegistersAlgorithm(),
            ExportProjectsOpenDataAlgorithm(), MapStudyAlgorithm(),
            MobilityIndicatorsAlgorithm(), ComparePeriodsAlgorithm(), PublishWebMapAlgorithm()]
