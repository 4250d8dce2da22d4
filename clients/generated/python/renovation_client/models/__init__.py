"""Contains all the data models used in inputs/outputs"""

from .acceptance_in import AcceptanceIn
from .acceptance_out import AcceptanceOut
from .account_row_out import AccountRowOut
from .adopted_out import AdoptedOut
from .adoption_in import AdoptionIn
from .aftercare_event_data import AftercareEventData
from .aftercare_out import AftercareOut
from .allocation_out import AllocationOut
from .annual_target_out import AnnualTargetOut
from .annual_target_page import AnnualTargetPage
from .answer_body import AnswerBody
from .approved_line_out import ApprovedLineOut
from .approved_out import ApprovedOut
from .assessment_event_data import AssessmentEventData
from .assessment_in import AssessmentIn
from .assessment_list import AssessmentList
from .assessment_out import AssessmentOut
from .assignment_body import AssignmentBody
from .attempt import Attempt
from .attempt_page import AttemptPage
from .attendee_body import AttendeeBody
from .attendee_role import AttendeeRole
from .audit_event_out import AuditEventOut
from .audit_event_out_action import AuditEventOutAction
from .audit_event_out_after_type_0 import AuditEventOutAfterType0
from .audit_event_out_before_type_0 import AuditEventOutBeforeType0
from .audit_event_page import AuditEventPage
from .award_in import AwardIn
from .backlog import Backlog
from .ballot_in import BallotIn
from .ballot_out import BallotOut
from .brief_compound import BriefCompound
from .brief_out import BriefOut
from .brief_survey import BriefSurvey
from .bureau import Bureau
from .catalogue_item_out import CatalogueItemOut
from .catalogue_item_page import CatalogueItemPage
from .category import Category
from .category_term import CategoryTerm
from .change_out import ChangeOut
from .choice import Choice
from .city_body import CityBody
from .city_out import CityOut
from .closure_body import ClosureBody
from .closure_in import ClosureIn
from .committee_body import CommitteeBody
from .committee_event_data import CommitteeEventData
from .committee_out import CommitteeOut
from .committee_role import CommitteeRole
from .community_out import CommunityOut
from .community_page import CommunityPage
from .comparison_out import ComparisonOut
from .compound_event_data import CompoundEventData
from .compound_fields import CompoundFields
from .compound_in import CompoundIn
from .compound_out import CompoundOut
from .compound_page import CompoundPage
from .compound_result import CompoundResult
from .condition_in import ConditionIn
from .consent_vote_event_data import ConsentVoteEventData
from .consistency_report import ConsistencyReport
from .contract_event_data import ContractEventData
from .contract_in import ContractIn
from .contract_list import ContractList
from .contract_out import ContractOut
from .correction_body import CorrectionBody
from .coverage_out import CoverageOut
from .coverage_report import CoverageReport
from .coverage_row import CoverageRow
from .coverage_row_out import CoverageRowOut
from .covered_out import CoveredOut
from .declaration_body import DeclarationBody
from .declaration_correction_body import DeclarationCorrectionBody
from .declaration_event_data import DeclarationEventData
from .declaration_out import DeclarationOut
from .declaration_versions_out import DeclarationVersionsOut
from .delivered_report_out import DeliveredReportOut
from .difference_out import DifferenceOut
from .district_assessment_out import DistrictAssessmentOut
from .district_month_out import DistrictMonthOut
from .district_nominations import DistrictNominations
from .district_out import DistrictOut
from .district_page import DistrictPage
from .document_body import DocumentBody
from .document_kind import DocumentKind
from .duties_out import DutiesOut
from .elevator_body import ElevatorBody
from .elevator_mode import ElevatorMode
from .eligibility_out import EligibilityOut
from .enforcement import Enforcement
from .entry_out import EntryOut
from .entry_page import EntryPage
from .event import Event
from .event_closure_body import EventClosureBody
from .event_data import EventData
from .event_kind import EventKind
from .event_page import EventPage
from .event_type import EventType
from .event_type_term import EventTypeTerm
from .facts_out import FactsOut
from .field_problem import FieldProblem
from .figures_body import FiguresBody
from .figures_out import FiguresOut
from .finding_out import FindingOut
from .flag_count_out import FlagCountOut
from .flag_kind import FlagKind
from .flag_out import FlagOut
from .flag_page import FlagPage
from .flag_response_in import FlagResponseIn
from .flag_response_out import FlagResponseOut
from .flag_row import FlagRow
from .fund_in import FundIn
from .fund_movement_kind import FundMovementKind
from .fund_out import FundOut
from .funding_event_data import FundingEventData
from .funding_in import FundingIn
from .funding_line_body import FundingLineBody
from .funding_out import FundingOut
from .funding_page import FundingPage
from .funding_report import FundingReport
from .funding_source import FundingSource
from .funding_status import FundingStatus
from .funding_summary import FundingSummary
from .get_project_oc_4_ids_response_200 import GetProjectOc4IdsResponse200
from .handover_body import HandoverBody
from .handover_page import HandoverPage
from .handover_row import HandoverRow
from .hazard_in import HazardIn
from .hazard_level import HazardLevel
from .hazard_out import HazardOut
from .health import Health
from .household_body import HouseholdBody
from .households_event_data import HouseholdsEventData
from .households_in import HouseholdsIn
from .households_out import HouseholdsOut
from .import_change_out import ImportChangeOut
from .import_change_out_action import ImportChangeOutAction
from .import_change_out_after import ImportChangeOutAfter
from .import_change_out_before_type_0 import ImportChangeOutBeforeType0
from .import_change_out_record import ImportChangeOutRecord
from .import_change_page import ImportChangePage
from .import_event_data import ImportEventData
from .import_mode import ImportMode
from .import_out import ImportOut
from .import_report import ImportReport
from .import_status import ImportStatus
from .index import Index
from .ineligibility import Ineligibility
from .inspection_in import InspectionIn
from .inspection_out import InspectionOut
from .inversion_out import InversionOut
from .investment_row_out import InvestmentRowOut
from .ledger_entry_event_data import LedgerEntryEventData
from .level import Level
from .limit_body import LimitBody
from .line_out import LineOut
from .list_compounds_sort import ListCompoundsSort
from .major_event_in import MajorEventIn
from .major_event_out import MajorEventOut
from .management_body import ManagementBody
from .management_mode import ManagementMode
from .material_in import MaterialIn
from .material_out import MaterialOut
from .matter import Matter
from .member_body import MemberBody
from .menu_event_data import MenuEventData
from .menu_in import MenuIn
from .menu_out import MenuOut
from .minimum_grade_out import MinimumGradeOut
from .mismatch_out import MismatchOut
from .month_event_out import MonthEventOut
from .month_out import MonthOut
from .monthly_report_event_data import MonthlyReportEventData
from .move_out import MoveOut
from .movement_body import MovementBody
from .network import Network
from .nomination_event_data import NominationEventData
from .nomination_in import NominationIn
from .nomination_list import NominationList
from .nomination_out import NominationOut
from .offer_in import OfferIn
from .offer_out import OfferOut
from .option_count import OptionCount
from .order_in import OrderIn
from .order_out import OrderOut
from .organisation_body import OrganisationBody
from .package_in import PackageIn
from .package_out import PackageOut
from .package_page import PackagePage
from .pairing_event_data import PairingEventData
from .pairing_in import PairingIn
from .pairing_items_out import PairingItemsOut
from .pairing_list import PairingList
from .pairing_out import PairingOut
from .party import Party
from .payment_in import PaymentIn
from .permission import Permission
from .pin_in import PinIn
from .place_body import PlaceBody
from .place_figures_out import PlaceFiguresOut
from .plan_event_data import PlanEventData
from .plan_in import PlanIn
from .plan_item_out import PlanItemOut
from .plan_move import PlanMove
from .plan_out import PlanOut
from .plan_year_out import PlanYearOut
from .policy_out import PolicyOut
from .pool_body import PoolBody
from .priority_level import PriorityLevel
from .priority_out import PriorityOut
from .problem import Problem
from .problem_out import ProblemOut
from .procurement_method import ProcurementMethod
from .profile_body import ProfileBody
from .programme_event_data import ProgrammeEventData
from .programme_file import ProgrammeFile
from .programme_file_annual_plan_target import ProgrammeFileAnnualPlanTarget
from .programme_file_catalogue import ProgrammeFileCatalogue
from .programme_file_catalogue_item import ProgrammeFileCatalogueItem
from .programme_file_catalogue_item_category import ProgrammeFileCatalogueItemCategory
from .programme_file_city import ProgrammeFileCity
from .programme_file_community import ProgrammeFileCommunity
from .programme_file_compound import ProgrammeFileCompound
from .programme_file_compound_property_type import ProgrammeFileCompoundPropertyType
from .programme_file_condition_assessment import ProgrammeFileConditionAssessment
from .programme_file_condition_assessment_infrastructure import ProgrammeFileConditionAssessmentInfrastructure
from .programme_file_condition_assessment_management import ProgrammeFileConditionAssessmentManagement
from .programme_file_condition_assessment_safety import ProgrammeFileConditionAssessmentSafety
from .programme_file_coverage_target import ProgrammeFileCoverageTarget
from .programme_file_coverage_target_category import ProgrammeFileCoverageTargetCategory
from .programme_file_district import ProgrammeFileDistrict
from .programme_file_duties import ProgrammeFileDuties
from .programme_file_duties_canvass_before_design import ProgrammeFileDutiesCanvassBeforeDesign
from .programme_file_duties_direct_award import ProgrammeFileDutiesDirectAward
from .programme_file_duties_elevator_management import ProgrammeFileDutiesElevatorManagement
from .programme_file_duties_maintenance_fund import ProgrammeFileDutiesMaintenanceFund
from .programme_file_duties_qualification_grade import ProgrammeFileDutiesQualificationGrade
from .programme_file_duties_special_purpose import ProgrammeFileDutiesSpecialPurpose
from .programme_file_duties_survey_and_testing import ProgrammeFileDutiesSurveyAndTesting
from .programme_file_figures import ProgrammeFileFigures
from .programme_file_funding_line import ProgrammeFileFundingLine
from .programme_file_funding_line_network_type_0 import ProgrammeFileFundingLineNetworkType0
from .programme_file_funding_line_source import ProgrammeFileFundingLineSource
from .programme_file_funding_plan import ProgrammeFileFundingPlan
from .programme_file_minimum_grade import ProgrammeFileMinimumGrade
from .programme_file_minimum_grade_role import ProgrammeFileMinimumGradeRole
from .programme_file_policy import ProgrammeFilePolicy
from .programme_file_programme import ProgrammeFileProgramme
from .programme_file_programme_total import ProgrammeFileProgrammeTotal
from .programme_file_provenance import ProgrammeFileProvenance
from .programme_file_renovation_plan import ProgrammeFileRenovationPlan
from .programme_file_street import ProgrammeFileStreet
from .programme_out import ProgrammeOut
from .programme_page import ProgrammePage
from .progress_out import ProgressOut
from .project_event_data import ProjectEventData
from .project_facts import ProjectFacts
from .project_in import ProjectIn
from .project_out import ProjectOut
from .project_page import ProjectPage
from .project_summary import ProjectSummary
from .property_type import PropertyType
from .proposal_in import ProposalIn
from .proposal_out import ProposalOut
from .proposal_out_status import ProposalOutStatus
from .proposed_year import ProposedYear
from .provenance_out import ProvenanceOut
from .province_body import ProvinceBody
from .qualification_body import QualificationBody
from .quantities_body import QuantitiesBody
from .quantities_out import QuantitiesOut
from .question_body import QuestionBody
from .question_kind import QuestionKind
from .question_result_out import QuestionResultOut
from .region_event_data import RegionEventData
from .region_line_out import RegionLineOut
from .region_out import RegionOut
from .region_part_out import RegionPartOut
from .region_survey_out import RegionSurveyOut
from .replay_in import ReplayIn
from .replayed import Replayed
from .report_out import ReportOut
from .report_status import ReportStatus
from .response_in import ResponseIn
from .response_receipt import ResponseReceipt
from .result_out import ResultOut
from .result_out_status import ResultOutStatus
from .results_out import ResultsOut
from .reversal_in import ReversalIn
from .review_in import ReviewIn
from .review_out import ReviewOut
from .reward_payment_in import RewardPaymentIn
from .reward_payment_out import RewardPaymentOut
from .reward_reversal_in import RewardReversalIn
from .role import Role
from .score_out import ScoreOut
from .severity import Severity
from .side_out import SideOut
from .signatory_body import SignatoryBody
from .signature_in import SignatureIn
from .source import Source
from .source_row_out import SourceRowOut
from .source_share_out import SourceShareOut
from .span import Span
from .stage import Stage
from .standing_out import StandingOut
from .standing_out_figure import StandingOutFigure
from .street_out import StreetOut
from .street_page import StreetPage
from .submission_body import SubmissionBody
from .submission_in import SubmissionIn
from .submission_out import SubmissionOut
from .subscription import Subscription
from .subscription_change import SubscriptionChange
from .subscription_in import SubscriptionIn
from .subscription_page import SubscriptionPage
from .subscription_with_secret import SubscriptionWithSecret
from .summary_report import SummaryReport
from .survey_event_data import SurveyEventData
from .survey_figures_out import SurveyFiguresOut
from .survey_in import SurveyIn
from .survey_list import SurveyList
from .survey_out import SurveyOut
from .survey_purpose import SurveyPurpose
from .survey_report_out import SurveyReportOut
from .survey_response_event_data import SurveyResponseEventData
from .target_in import TargetIn
from .target_in_figure import TargetInFigure
from .target_vs_actual_report import TargetVsActualReport
from .target_vs_actual_row import TargetVsActualRow
from .tender_package_event_data import TenderPackageEventData
from .term import Term
from .threshold_out import ThresholdOut
from .total_out import TotalOut
from .tracking_out import TrackingOut
from .transition_in import TransitionIn
from .transition_out import TransitionOut
from .unit_body import UnitBody
from .unit_role import UnitRole
from .variance_out import VarianceOut
from .verdict import Verdict
from .versions_out import VersionsOut
from .vocabularies import Vocabularies
from .vote_in import VoteIn
from .vote_list import VoteList
from .vote_out import VoteOut
from .warning_count_out import WarningCountOut
from .warning_kind import WarningKind
from .warning_out import WarningOut
from .warning_page import WarningPage
from .weights_body import WeightsBody
from .weights_in import WeightsIn

__all__ = (
    "AcceptanceIn",
    "AcceptanceOut",
    "AccountRowOut",
    "AdoptedOut",
    "AdoptionIn",
    "AftercareEventData",
    "AftercareOut",
    "AllocationOut",
    "AnnualTargetOut",
    "AnnualTargetPage",
    "AnswerBody",
    "ApprovedLineOut",
    "ApprovedOut",
    "AssessmentEventData",
    "AssessmentIn",
    "AssessmentList",
    "AssessmentOut",
    "AssignmentBody",
    "Attempt",
    "AttemptPage",
    "AttendeeBody",
    "AttendeeRole",
    "AuditEventOut",
    "AuditEventOutAction",
    "AuditEventOutAfterType0",
    "AuditEventOutBeforeType0",
    "AuditEventPage",
    "AwardIn",
    "Backlog",
    "BallotIn",
    "BallotOut",
    "BriefCompound",
    "BriefOut",
    "BriefSurvey",
    "Bureau",
    "CatalogueItemOut",
    "CatalogueItemPage",
    "Category",
    "CategoryTerm",
    "ChangeOut",
    "Choice",
    "CityBody",
    "CityOut",
    "ClosureBody",
    "ClosureIn",
    "CommitteeBody",
    "CommitteeEventData",
    "CommitteeOut",
    "CommitteeRole",
    "CommunityOut",
    "CommunityPage",
    "ComparisonOut",
    "CompoundEventData",
    "CompoundFields",
    "CompoundIn",
    "CompoundOut",
    "CompoundPage",
    "CompoundResult",
    "ConditionIn",
    "ConsentVoteEventData",
    "ConsistencyReport",
    "ContractEventData",
    "ContractIn",
    "ContractList",
    "ContractOut",
    "CorrectionBody",
    "CoverageOut",
    "CoverageReport",
    "CoverageRow",
    "CoverageRowOut",
    "CoveredOut",
    "DeclarationBody",
    "DeclarationCorrectionBody",
    "DeclarationEventData",
    "DeclarationOut",
    "DeclarationVersionsOut",
    "DeliveredReportOut",
    "DifferenceOut",
    "DistrictAssessmentOut",
    "DistrictMonthOut",
    "DistrictNominations",
    "DistrictOut",
    "DistrictPage",
    "DocumentBody",
    "DocumentKind",
    "DutiesOut",
    "ElevatorBody",
    "ElevatorMode",
    "EligibilityOut",
    "Enforcement",
    "EntryOut",
    "EntryPage",
    "Event",
    "EventClosureBody",
    "EventData",
    "EventKind",
    "EventPage",
    "EventType",
    "EventTypeTerm",
    "FactsOut",
    "FieldProblem",
    "FiguresBody",
    "FiguresOut",
    "FindingOut",
    "FlagCountOut",
    "FlagKind",
    "FlagOut",
    "FlagPage",
    "FlagResponseIn",
    "FlagResponseOut",
    "FlagRow",
    "FundIn",
    "FundingEventData",
    "FundingIn",
    "FundingLineBody",
    "FundingOut",
    "FundingPage",
    "FundingReport",
    "FundingSource",
    "FundingStatus",
    "FundingSummary",
    "FundMovementKind",
    "FundOut",
    "GetProjectOc4IdsResponse200",
    "HandoverBody",
    "HandoverPage",
    "HandoverRow",
    "HazardIn",
    "HazardLevel",
    "HazardOut",
    "Health",
    "HouseholdBody",
    "HouseholdsEventData",
    "HouseholdsIn",
    "HouseholdsOut",
    "ImportChangeOut",
    "ImportChangeOutAction",
    "ImportChangeOutAfter",
    "ImportChangeOutBeforeType0",
    "ImportChangeOutRecord",
    "ImportChangePage",
    "ImportEventData",
    "ImportMode",
    "ImportOut",
    "ImportReport",
    "ImportStatus",
    "Index",
    "Ineligibility",
    "InspectionIn",
    "InspectionOut",
    "InversionOut",
    "InvestmentRowOut",
    "LedgerEntryEventData",
    "Level",
    "LimitBody",
    "LineOut",
    "ListCompoundsSort",
    "MajorEventIn",
    "MajorEventOut",
    "ManagementBody",
    "ManagementMode",
    "MaterialIn",
    "MaterialOut",
    "Matter",
    "MemberBody",
    "MenuEventData",
    "MenuIn",
    "MenuOut",
    "MinimumGradeOut",
    "MismatchOut",
    "MonthEventOut",
    "MonthlyReportEventData",
    "MonthOut",
    "MovementBody",
    "MoveOut",
    "Network",
    "NominationEventData",
    "NominationIn",
    "NominationList",
    "NominationOut",
    "OfferIn",
    "OfferOut",
    "OptionCount",
    "OrderIn",
    "OrderOut",
    "OrganisationBody",
    "PackageIn",
    "PackageOut",
    "PackagePage",
    "PairingEventData",
    "PairingIn",
    "PairingItemsOut",
    "PairingList",
    "PairingOut",
    "Party",
    "PaymentIn",
    "Permission",
    "PinIn",
    "PlaceBody",
    "PlaceFiguresOut",
    "PlanEventData",
    "PlanIn",
    "PlanItemOut",
    "PlanMove",
    "PlanOut",
    "PlanYearOut",
    "PolicyOut",
    "PoolBody",
    "PriorityLevel",
    "PriorityOut",
    "Problem",
    "ProblemOut",
    "ProcurementMethod",
    "ProfileBody",
    "ProgrammeEventData",
    "ProgrammeFile",
    "ProgrammeFileAnnualPlanTarget",
    "ProgrammeFileCatalogue",
    "ProgrammeFileCatalogueItem",
    "ProgrammeFileCatalogueItemCategory",
    "ProgrammeFileCity",
    "ProgrammeFileCommunity",
    "ProgrammeFileCompound",
    "ProgrammeFileCompoundPropertyType",
    "ProgrammeFileConditionAssessment",
    "ProgrammeFileConditionAssessmentInfrastructure",
    "ProgrammeFileConditionAssessmentManagement",
    "ProgrammeFileConditionAssessmentSafety",
    "ProgrammeFileCoverageTarget",
    "ProgrammeFileCoverageTargetCategory",
    "ProgrammeFileDistrict",
    "ProgrammeFileDuties",
    "ProgrammeFileDutiesCanvassBeforeDesign",
    "ProgrammeFileDutiesDirectAward",
    "ProgrammeFileDutiesElevatorManagement",
    "ProgrammeFileDutiesMaintenanceFund",
    "ProgrammeFileDutiesQualificationGrade",
    "ProgrammeFileDutiesSpecialPurpose",
    "ProgrammeFileDutiesSurveyAndTesting",
    "ProgrammeFileFigures",
    "ProgrammeFileFundingLine",
    "ProgrammeFileFundingLineNetworkType0",
    "ProgrammeFileFundingLineSource",
    "ProgrammeFileFundingPlan",
    "ProgrammeFileMinimumGrade",
    "ProgrammeFileMinimumGradeRole",
    "ProgrammeFilePolicy",
    "ProgrammeFileProgramme",
    "ProgrammeFileProgrammeTotal",
    "ProgrammeFileProvenance",
    "ProgrammeFileRenovationPlan",
    "ProgrammeFileStreet",
    "ProgrammeOut",
    "ProgrammePage",
    "ProgressOut",
    "ProjectEventData",
    "ProjectFacts",
    "ProjectIn",
    "ProjectOut",
    "ProjectPage",
    "ProjectSummary",
    "PropertyType",
    "ProposalIn",
    "ProposalOut",
    "ProposalOutStatus",
    "ProposedYear",
    "ProvenanceOut",
    "ProvinceBody",
    "QualificationBody",
    "QuantitiesBody",
    "QuantitiesOut",
    "QuestionBody",
    "QuestionKind",
    "QuestionResultOut",
    "RegionEventData",
    "RegionLineOut",
    "RegionOut",
    "RegionPartOut",
    "RegionSurveyOut",
    "Replayed",
    "ReplayIn",
    "ReportOut",
    "ReportStatus",
    "ResponseIn",
    "ResponseReceipt",
    "ResultOut",
    "ResultOutStatus",
    "ResultsOut",
    "ReversalIn",
    "ReviewIn",
    "ReviewOut",
    "RewardPaymentIn",
    "RewardPaymentOut",
    "RewardReversalIn",
    "Role",
    "ScoreOut",
    "Severity",
    "SideOut",
    "SignatoryBody",
    "SignatureIn",
    "Source",
    "SourceRowOut",
    "SourceShareOut",
    "Span",
    "Stage",
    "StandingOut",
    "StandingOutFigure",
    "StreetOut",
    "StreetPage",
    "SubmissionBody",
    "SubmissionIn",
    "SubmissionOut",
    "Subscription",
    "SubscriptionChange",
    "SubscriptionIn",
    "SubscriptionPage",
    "SubscriptionWithSecret",
    "SummaryReport",
    "SurveyEventData",
    "SurveyFiguresOut",
    "SurveyIn",
    "SurveyList",
    "SurveyOut",
    "SurveyPurpose",
    "SurveyReportOut",
    "SurveyResponseEventData",
    "TargetIn",
    "TargetInFigure",
    "TargetVsActualReport",
    "TargetVsActualRow",
    "TenderPackageEventData",
    "Term",
    "ThresholdOut",
    "TotalOut",
    "TrackingOut",
    "TransitionIn",
    "TransitionOut",
    "UnitBody",
    "UnitRole",
    "VarianceOut",
    "Verdict",
    "VersionsOut",
    "Vocabularies",
    "VoteIn",
    "VoteList",
    "VoteOut",
    "WarningCountOut",
    "WarningKind",
    "WarningOut",
    "WarningPage",
    "WeightsBody",
    "WeightsIn",
)
