// Package sitetest checks the built seed site as a reader would: internal
// links, valid HTML, accessibility and behaviour in a real browser. It has
// only tests; this file gives the package a name outside them.
package sitetest
