#include "DreadDock.h"

#include "Document.h"
#include "ScrollPanel.h"
#include "commands/EditThreatCommand.h"
#include "engine/RiskScoring.h"
#include "language/DisplayNames.h"
#include "language/RuleText.h"
#include "report/DiagramStyle.h"
#include "widgets/RiskMatrixWidget.h"

#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace latch {

namespace {

int& rating(DreadScore& score, DreadDock::Dimension dimension)
{
    switch (dimension) {
    case DreadDock::Damage:
        return score.damage;
    case DreadDock::Reproducibility:
        return score.reproducibility;
    case DreadDock::Exploitability:
        return score.exploitability;
    case DreadDock::AffectedUsers:
        return score.affectedUsers;
    default:
        return score.discoverability;
    }
}

// A slider and a spin box that move together, in a row.
QWidget* ratingRow(QSlider* slider, QSpinBox* spin, int maximum, const QString& tip)
{
    slider->setOrientation(Qt::Horizontal);
    slider->setRange(1, maximum);
    slider->setPageStep(1);
    slider->setTickPosition(QSlider::TicksBelow);
    spin->setRange(1, maximum);
    slider->setToolTip(tip);
    spin->setToolTip(tip);
    QObject::connect(slider, &QSlider::valueChanged, spin, &QSpinBox::setValue);
    QObject::connect(spin, qOverload<int>(&QSpinBox::valueChanged), slider, &QSlider::setValue);
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(slider, 1);
    layout->addWidget(spin);
    return row;
}

} // namespace

DreadDock::DreadDock(Document* document, QWidget* parent)
    : QDockWidget(tr("Risk"), parent)
    , m_document(document)
    , m_title(new QLabel)
    , m_pages(new QStackedWidget)
    , m_composite(new QLabel)
    , m_band(new QLabel)
    , m_clear(new QPushButton(tr("Clear Score")))
{
    setObjectName(QStringLiteral("dread"));
    m_title->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("riskThreatTitle"));
    m_composite->setObjectName(QStringLiteral("riskComposite"));
    m_band->setObjectName(QStringLiteral("riskBand"));
    m_band->setAlignment(Qt::AlignCenter);
    m_band->setMinimumWidth(80);
    m_clear->setObjectName(QStringLiteral("clearScore"));
    QFont big = m_composite->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_composite->setFont(big);
    m_composite->setMinimumWidth(QFontMetrics(big).horizontalAdvance(QStringLiteral("10.0 ")));

    m_pages->addWidget(createDreadPage());
    m_pages->addWidget(createMatrixPage());

    auto* result = new QHBoxLayout;
    result->addWidget(m_composite);
    result->addWidget(m_band);
    result->addStretch();
    result->addWidget(m_clear);
    connect(m_clear, &QPushButton::clicked, this, &DreadDock::clearScore);

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addWidget(m_pages);
    layout->addLayout(result);
    layout->addStretch();
    setWidget(new ScrollPanel(content));

    connect(m_document, &Document::threatChanged, this, [this](const QString& id) {
        if (id == m_threatId)
            refresh();
    });
    connect(m_document, &Document::threatsChanged, this, &DreadDock::refresh);
    connect(m_document, &Document::objectivesChanged, this, &DreadDock::refresh);
    refresh();
}

QWidget* DreadDock::createDreadPage()
{
    // What each rating means, at both ends of its scale.
    const QString names[DimensionCount] = {tr("&Damage"), tr("&Reproducibility"),
                                           tr("E&xploitability"), tr("&Affected users"),
                                           tr("D&iscoverability")};
    const QString tips[DimensionCount] = {
        tr("Damage potential: how bad is it when the attack succeeds?\n"
           "1 = nothing of value is harmed; 10 = the system or all of its data is lost or "
           "exposed."),
        tr("Reproducibility: how reliably does the attack work when tried again?\n"
           "1 = only under rare conditions or a narrow timing window; 10 = every time."),
        tr("Exploitability: how much skill, time and tooling does the attack need?\n"
           "1 = expert knowledge and custom tools; 10 = a browser or a published script."),
        tr("Affected users: how many users suffer when it happens?\n"
           "1 = one user or none; 10 = every user of the system."),
        tr("Discoverability: how easily can an attacker find the weakness?\n"
           "1 = needs source code or inside knowledge; 10 = visible in the interface, the API "
           "or public documentation.")};
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    for (int d = 0; d < DimensionCount; ++d) {
        m_dreadSliders[d] = new QSlider;
        m_dreadSpins[d] = new QSpinBox;
        m_dreadSpins[d]->setObjectName(QStringLiteral("dreadSpin%1").arg(d));
        m_dreadSliders[d]->setObjectName(QStringLiteral("dreadSlider%1").arg(d));
        auto* label = new QLabel(names[d]);
        label->setBuddy(m_dreadSpins[d]);
        label->setToolTip(tips[d]);
        form->addRow(label,
                     ratingRow(m_dreadSliders[d], m_dreadSpins[d], DreadScore::maximum, tips[d]));
        connect(m_dreadSpins[d], qOverload<int>(&QSpinBox::valueChanged), this,
                [this, d](int value) { dreadEdited(Dimension(d), value); });
    }
    return page;
}

QWidget* DreadDock::createMatrixPage()
{
    const QString likelihoodTip = tr("How likely is the attack to happen?\n"
                                     "1 = rare, needs unlikely circumstances; 5 = expected, "
                                     "probably already tried.");
    const QString impactTip = tr("How severe is the harm when it happens?\n"
                                 "1 = negligible; 5 = severe: large loss, breach or outage.");
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_likelihood = new QSpinBox;
    m_likelihood->setObjectName(QStringLiteral("likelihoodSpin"));
    m_impact = new QSpinBox;
    m_impact->setObjectName(QStringLiteral("impactSpin"));
    form->addRow(tr("&Likelihood"),
                 ratingRow(new QSlider, m_likelihood, RiskRating::maximum, likelihoodTip));
    form->addRow(tr("&Impact"), ratingRow(new QSlider, m_impact, RiskRating::maximum, impactTip));
    m_matrix = new RiskMatrixWidget;
    m_matrix->setObjectName(QStringLiteral("riskMatrix"));
    form->addRow(m_matrix);
    auto edited = [this] { matrixEdited(m_likelihood->value(), m_impact->value()); };
    connect(m_likelihood, qOverload<int>(&QSpinBox::valueChanged), this, edited);
    connect(m_impact, qOverload<int>(&QSpinBox::valueChanged), this, edited);
    connect(m_matrix, &RiskMatrixWidget::cellClicked, this, &DreadDock::matrixEdited);
    return page;
}

void DreadDock::setThreat(const QString& threatId)
{
    m_threatId = threatId;
    refresh();
}

QString DreadDock::compositeText() const
{
    return m_composite->text();
}

QString DreadDock::bandText() const
{
    return m_band->text();
}

void DreadDock::refresh()
{
    const Threat* threat = m_document->threat(m_threatId);
    const bool matrix = m_document->model().riskMethod == RiskMethod::Matrix;
    m_pages->setCurrentIndex(matrix ? 1 : 0);
    widget()->setEnabled(threat != nullptr);
    m_title->setText(threat ? RuleText::title(m_document->threatText(), *threat)
                            : tr("Choose a threat in the Threats panel."));
    m_refreshing = true;
    if (matrix) {
        const RiskRating rating = threat && threat->risk ? *threat->risk : RiskRating();
        m_likelihood->setValue(rating.likelihood);
        m_impact->setValue(rating.impact);
        m_matrix->setRating(threat && threat->risk ? rating.likelihood : 0,
                            threat && threat->risk ? rating.impact : 0);
        if (threat && threat->risk)
            showResult(QString::number(rating.product()),
                       int(RiskScoring::bandOfMatrix(rating.product())));
    } else {
        DreadScore score = threat && threat->dread ? *threat->dread : DreadScore();
        for (int d = 0; d < DimensionCount; ++d)
            m_dreadSpins[d]->setValue(rating(score, Dimension(d)));
        if (threat && threat->dread)
            showResult(QString::number(score.composite(), 'f', 1),
                       int(RiskScoring::bandOfDread(score.composite())));
    }
    const bool scored = threat && (matrix ? threat->risk.has_value() : threat->dread.has_value());
    if (!scored)
        showResult(QStringLiteral("–"), int(RiskBand::Unscored));
    m_clear->setEnabled(scored);
    m_refreshing = false;
}

void DreadDock::showResult(const QString& figure, int band)
{
    m_composite->setText(figure);
    const RiskBand riskBand = RiskBand(band);
    m_band->setText(riskBand == RiskBand::Unscored ? tr("not scored")
                                                   : DisplayNames::band(riskBand).toUpper());
    const QColor colour = DiagramStyle::standard().bandColor(riskBand);
    m_band->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; padding: 3px 8px; "
                                         "border-radius: 4px; font-weight: bold; }")
                              .arg(colour.name()));
}

void DreadDock::dreadEdited(Dimension dimension, int value)
{
    const Threat* current = m_document->threat(m_threatId);
    if (m_refreshing || !current)
        return;
    Threat threat = *current;
    // The first rating scores the threat; the others start from what the boxes show.
    DreadScore score = threat.dread.value_or(DreadScore());
    if (!threat.dread) {
        for (int d = 0; d < DimensionCount; ++d)
            rating(score, Dimension(d)) = m_dreadSpins[d]->value();
    }
    rating(score, dimension) = value;
    if (threat.dread == score)
        return;
    threat.dread = score;
    m_document->undoStack()->push(
        new EditThreatCommand(m_document, threat, tr("Score “%1”").arg(threat.title),
                              QStringLiteral("dread.%1").arg(int(dimension))));
}

void DreadDock::matrixEdited(int likelihood, int impact)
{
    const Threat* current = m_document->threat(m_threatId);
    if (m_refreshing || !current)
        return;
    Threat threat = *current;
    const RiskRating rating{likelihood, impact};
    if (threat.risk == rating)
        return;
    threat.risk = rating;
    m_document->undoStack()->push(new EditThreatCommand(
        m_document, threat, tr("Rate “%1”").arg(threat.title), QStringLiteral("risk")));
}

void DreadDock::clearScore()
{
    const Threat* current = m_document->threat(m_threatId);
    if (!current)
        return;
    Threat threat = *current;
    if (m_document->model().riskMethod == RiskMethod::Matrix)
        threat.risk.reset();
    else
        threat.dread.reset();
    m_document->undoStack()->push(
        new EditThreatCommand(m_document, threat, tr("Clear score of “%1”").arg(threat.title)));
}

} // namespace latch
