# ruff: noqa: E501 -- data file: long sentences read better on one line.
"""The default scoring grid and list of documents a new call starts from (wave2-research.md
§3.7: INDH's criteria and the Moroccan calls read); the officer adapts them per call. Content is
data, in Arabic and French (English when it helps), not interface text."""

DEFAULT_CRITERIA = [
    {
        "label_ar": "الانسجام مع برنامج عمل الجماعة أو مع أولويات الساكنة",
        "label_fr": "Pertinence au programme d'action de la commune ou aux priorités des habitants",
        "label_en": "Relevance to the action programme or the residents' priorities",
        "weight": 20,
    },
    {
        "label_ar": "تحليل الحاجيات واستهداف النساء والشباب والأشخاص في وضعية إعاقة",
        "label_fr": "Analyse des besoins et ciblage des femmes, des jeunes et des personnes en situation de handicap",
        "label_en": "Needs analysis and targeting of women, youth and people with disabilities",
        "weight": 15,
    },
    {
        "label_ar": "المنهجية وقابلية الإنجاز",
        "label_fr": "Méthodologie et faisabilité",
        "label_en": "Methodology and feasibility",
        "weight": 20,
    },
    {
        "label_ar": "قدرات الجمعية وتجربتها، ومنها تقاريرها السابقة",
        "label_fr": "Capacités et expérience de l'association, dont ses rapports passés",
        "label_en": "Capacity and track record, including past reports",
        "weight": 15,
    },
    {
        "label_ar": "واقعية الميزانية والمساهمة الذاتية",
        "label_fr": "Réalisme du budget et contribution propre",
        "label_en": "Realistic budget and own contribution",
        "weight": 15,
    },
    {
        "label_ar": "الاستدامة والشراكات",
        "label_fr": "Durabilité et partenariats",
        "label_en": "Sustainability and partnerships",
        "weight": 10,
    },
    {
        "label_ar": "مقاربة النوع والإدماج",
        "label_fr": "Approche genre et inclusion",
        "label_en": "Gender and inclusion",
        "weight": 5,
    },
    {
        "label_ar": "الوضعية القانونية للجمعية سليمة (الوصل النهائي)",
        "label_fr": "Situation juridique régulière (récépissé définitif)",
        "label_en": "Legal standing in order (definitive receipt)",
        "weight": 0,
        "eliminatory": True,
    },
    {
        "label_ar": "مقر الجمعية أو نشاطها بتراب الجماعة",
        "label_fr": "Siège ou activité sur le territoire de la commune",
        "label_en": "Seat or activity in the commune",
        "weight": 0,
        "eliminatory": True,
    },
    {
        "label_ar": "لا دعم سابق دون تقرير",
        "label_fr": "Aucune subvention passée sans rapport",
        "label_en": "No past grant left unreported",
        "weight": 0,
        "eliminatory": True,
    },
]

DEFAULT_DOCUMENTS = [
    {
        "label_ar": "القانون الأساسي للجمعية",
        "label_fr": "Statuts de l'association",
        "label_en": "Statutes",
    },
    {
        "label_ar": "الوصل النهائي",
        "label_fr": "Récépissé définitif",
        "label_en": "Definitive receipt",
    },
    {
        "label_ar": "محضر آخر جمع عام ولائحة أعضاء المكتب",
        "label_fr": "PV de la dernière assemblée générale et liste du bureau",
        "label_en": "Minutes of the last general assembly and list of the board",
    },
    {
        "label_ar": "التقريران الأدبي والمالي للسنة الماضية",
        "label_fr": "Rapports moral et financier de l'année écoulée",
        "label_en": "Last year's activity and financial reports",
    },
    {
        "label_ar": "شهادة التعريف البنكي",
        "label_fr": "Relevé d'identité bancaire",
        "label_en": "Bank details",
    },
    {
        "label_ar": "صور أو وثائق داعمة",
        "label_fr": "Photos ou pièces à l'appui",
        "label_en": "Photos or supporting documents",
        "required": False,
    },
]
