package io.hqml.spark.cli;
public final class HqmlMain { public static void main(String[] a) {} }
