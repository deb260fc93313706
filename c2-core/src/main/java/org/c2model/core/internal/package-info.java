/**
 * Internal support shared by the c2 modules: exported only to them (a qualified export in
 * {@code module-info.java}), never API.
 */
package org.c2model.core.internal;
