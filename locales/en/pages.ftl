## The sources page and the source lists.

source-meta = { $publisher }. Published: { $published }. Taken into our data: { $retrieved }.
source-meta-brief = { $publisher }. Published: { $published }.
sources-lede = Every figure in an estimate comes from one of these sources. Each source has a date. Where we had to make an estimate of our own, it is marked <strong>Assumption</strong>, and the estimate page says so too.
sources-labels = What the labels mean:
sources-primary-meaning = We read the figure in the publisher's own text or file.
sources-secondary-meaning = We read the figure in a report by someone else, such as a news story. The link goes to that report.
sources-assumption-meaning = Our own estimate, or a figure from a weak source. Check it against what your care team tells you.
# The publisher of our own assumptions in the source lists.
source-our-team = CAR-T Cost & Access Estimator team
# A source with no publication date.
source-undated = undated

## How current the tables are (the Sources page).
sources-currency-title = How current our figures are
sources-currency-intro = Each figure holds for a period, or comes from data of a given date. When a period ends and the next figures are not out yet, an estimate uses the latest ones and says so.
sources-currency-table = Table
sources-currency-holds = Figures hold for
sources-currency-update = New figures usually come
sources-list-title = Every source
# A period a table's figures hold for.
table-period = { $from } to { $to }
table-period-open = from { $from } on
# The dates of figures that do not expire (a study's data, our own assumption).
table-guideline-years = the { $years } guidelines, each in force from its January notice until the next
table-data-of = data of { $dates }
