#include "ChoicePage.h"

#include "Icons.h"
#include "ui_ChoicePage.h"

namespace spdc {

namespace {
constexpr int IconSize = 40;
}

ChoicePage::ChoicePage(QWidget *parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::ChoicePage>())
{
    m_ui->setupUi(this);
    Icons::setLabelIcon(m_ui->sharedIconLabel, Icons::phone(), IconSize);
    Icons::setLabelIcon(m_ui->dedicatedIconLabel, Icons::code(), IconSize);
    // The explanation under each choice is what a screen reader reads after its name.
    m_ui->sharedIdentityRadioButton->setAccessibleDescription(m_ui->sharedIdentityLabel->text());
    m_ui->dedicatedIdentityRadioButton->setAccessibleDescription(
        m_ui->dedicatedIdentityLabel->text());
    // A click on the explanation chooses too, as on the button's own text.
    m_ui->sharedIdentityLabel->setBuddy(m_ui->sharedIdentityRadioButton);
    m_ui->dedicatedIdentityLabel->setBuddy(m_ui->dedicatedIdentityRadioButton);
}

ChoicePage::~ChoicePage() = default;

bool ChoicePage::isDedicated() const
{
    return m_ui->dedicatedIdentityRadioButton->isChecked();
}

void ChoicePage::setDedicated(bool dedicated)
{
    (dedicated ? m_ui->dedicatedIdentityRadioButton : m_ui->sharedIdentityRadioButton)
        ->setChecked(true);
}

} // namespace spdc
