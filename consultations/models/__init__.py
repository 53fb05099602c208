from .groups import RespondentGroup
from .pages import AreaPage, AreaSupportModel, ConsultationPage, ConsultationWord, HomePage
from .signoff import EasyReadCheckTask, EasyReadSignOff
from .support_models import SupportModel

__all__ = [
    "AreaPage",
    "AreaSupportModel",
    "ConsultationPage",
    "ConsultationWord",
    "EasyReadCheckTask",
    "EasyReadSignOff",
    "HomePage",
    "RespondentGroup",
    "SupportModel",
]
