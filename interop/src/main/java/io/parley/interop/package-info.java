/** Parley's conformance test server and client for Apache Thrift's cross-language test contract. */
package io.parley.interop;
