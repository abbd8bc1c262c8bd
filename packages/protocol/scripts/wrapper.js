import $protobuf from $DEPENDENCY;

// Brook keeps 64-bit ids and offsets as JS numbers (safe up to 2^53): drop Long before any
// message type is defined, so decoders and defaults produce numbers.
$protobuf.util.Long = undefined;
$protobuf.configure();

$OUTPUT;

export const brook = $root.brook;
