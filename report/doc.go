// Package report owns `kg report`: one self-contained HTML page that shows, event by
// event, how each figure moved across reports (an inline SVG chart per measure, one
// colour per outlet, hedged values drawn as what they allow, conflicts and agreements
// marked), the claims and sentences behind every point, and the entities involved.
// Gather reads the page's Data from a store through the saved queries; Write renders
// Data with html/template and nothing else: no network, no clock, no randomness.
package report
