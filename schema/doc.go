// Package schema owns kg's vocabulary and the one place where an article and what was
// read out of it become quads: the IRIs of articles, entities, claims and events, the
// kg: namespace (registered as a prefix so people can type short IRIs in Gizmo), the
// schema.org and PROV-O terms kg uses, and the controlled vocabulary of relation
// predicates. It imports the quad library and nothing of Cayley's stores.
package schema
