/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Brook keeps 64-bit ids and offsets as JS numbers (safe up to 2^53): drop Long before any
// message type is defined, so decoders and defaults produce numbers.
$protobuf.util.Long = undefined;
$protobuf.configure();

// Common aliases
var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
var $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Array = $util.global.Array, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $Boolean = $util.global.Boolean, $String = $util.global.String, $BigInt = $util.global.BigInt;

// Exported root namespace
var $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

$root.brook = (function() {

    /**
     * Namespace brook.
     * @exports brook
     * @namespace
     */
    var brook = {};

    brook.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof brook
         * @namespace
         */
        var v1 = {};

        v1.Bookie = (function() {

            /**
             * Constructs a new Bookie service.
             * @memberof brook.v1
             * @classdesc Represents a Bookie
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            var Bookie = function(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            };

            $Object.defineProperty(Bookie.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: Bookie, writable: true, enumerable: false, configurable: true });

            /**
             * Creates new Bookie service using the specified rpc implementation.
             * @function create
             * @memberof brook.v1.Bookie
             * @static
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             * @returns {Bookie} RPC service. Useful where requests and/or responses are streamed.
             */
            Bookie.create = function(rpcImpl, requestDelimited, responseDelimited) {
                return new this(rpcImpl, requestDelimited, responseDelimited);
            };

            /**
             * Callback as used by {@link brook.v1.Bookie#add}.
             * @memberof brook.v1.Bookie
             * @typedef AddCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {brook.v1.AddResponse} [response] AddResponse
             */

            /**
             * Calls Add.
             * @memberof brook.v1.Bookie
             * @typedef Add
             * @type {{
             *   (request: brook.v1.IAddRequest, callback: brook.v1.Bookie.AddCallback): void;
             *   (request: brook.v1.IAddRequest): Promise<brook.v1.AddResponse>;
             *   readonly name: "Add";
             *   readonly path: "/brook.v1.Bookie/Add";
             *   readonly requestType: "AddRequest";
             *   readonly responseType: "AddResponse";
             *   readonly requestStream: true;
             *   readonly responseStream: true;
             * }}
             */

            /**
             * Calls Add.
             * @name brook.v1.Bookie#add
             * @type {brook.v1.Bookie.Add}
             */
            $Object.defineProperties(Bookie.prototype.add = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Bookie.prototype.add, $root.brook.v1.AddRequest, $root.brook.v1.AddResponse, request, callback);
            }, {
                name: { value: "Add" },
                path: { value: "/brook.v1.Bookie/Add" },
                requestType: { value: "AddRequest" },
                responseType: { value: "AddResponse" },
                requestStream: { value: true },
                responseStream: { value: true }
            });

            /**
             * Callback as used by {@link brook.v1.Bookie#read}.
             * @memberof brook.v1.Bookie
             * @typedef ReadCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {brook.v1.ReadResponse} [response] ReadResponse
             */

            /**
             * Calls Read.
             * @memberof brook.v1.Bookie
             * @typedef Read
             * @type {{
             *   (request: brook.v1.IReadRequest, callback: brook.v1.Bookie.ReadCallback): void;
             *   (request: brook.v1.IReadRequest): Promise<brook.v1.ReadResponse>;
             *   readonly name: "Read";
             *   readonly path: "/brook.v1.Bookie/Read";
             *   readonly requestType: "ReadRequest";
             *   readonly responseType: "ReadResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls Read.
             * @name brook.v1.Bookie#read
             * @type {brook.v1.Bookie.Read}
             */
            $Object.defineProperties(Bookie.prototype.read = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Bookie.prototype.read, $root.brook.v1.ReadRequest, $root.brook.v1.ReadResponse, request, callback);
            }, {
                name: { value: "Read" },
                path: { value: "/brook.v1.Bookie/Read" },
                requestType: { value: "ReadRequest" },
                responseType: { value: "ReadResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link brook.v1.Bookie#readLac}.
             * @memberof brook.v1.Bookie
             * @typedef ReadLacCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {brook.v1.ReadLacResponse} [response] ReadLacResponse
             */

            /**
             * Calls ReadLac.
             * @memberof brook.v1.Bookie
             * @typedef ReadLac
             * @type {{
             *   (request: brook.v1.IReadLacRequest, callback: brook.v1.Bookie.ReadLacCallback): void;
             *   (request: brook.v1.IReadLacRequest): Promise<brook.v1.ReadLacResponse>;
             *   readonly name: "ReadLac";
             *   readonly path: "/brook.v1.Bookie/ReadLac";
             *   readonly requestType: "ReadLacRequest";
             *   readonly responseType: "ReadLacResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls ReadLac.
             * @name brook.v1.Bookie#readLac
             * @type {brook.v1.Bookie.ReadLac}
             */
            $Object.defineProperties(Bookie.prototype.readLac = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Bookie.prototype.readLac, $root.brook.v1.ReadLacRequest, $root.brook.v1.ReadLacResponse, request, callback);
            }, {
                name: { value: "ReadLac" },
                path: { value: "/brook.v1.Bookie/ReadLac" },
                requestType: { value: "ReadLacRequest" },
                responseType: { value: "ReadLacResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link brook.v1.Bookie#fence}.
             * @memberof brook.v1.Bookie
             * @typedef FenceCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {brook.v1.FenceResponse} [response] FenceResponse
             */

            /**
             * Calls Fence.
             * @memberof brook.v1.Bookie
             * @typedef Fence
             * @type {{
             *   (request: brook.v1.IFenceRequest, callback: brook.v1.Bookie.FenceCallback): void;
             *   (request: brook.v1.IFenceRequest): Promise<brook.v1.FenceResponse>;
             *   readonly name: "Fence";
             *   readonly path: "/brook.v1.Bookie/Fence";
             *   readonly requestType: "FenceRequest";
             *   readonly responseType: "FenceResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls Fence.
             * @name brook.v1.Bookie#fence
             * @type {brook.v1.Bookie.Fence}
             */
            $Object.defineProperties(Bookie.prototype.fence = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Bookie.prototype.fence, $root.brook.v1.FenceRequest, $root.brook.v1.FenceResponse, request, callback);
            }, {
                name: { value: "Fence" },
                path: { value: "/brook.v1.Bookie/Fence" },
                requestType: { value: "FenceRequest" },
                responseType: { value: "FenceResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            return Bookie;
        })();

        v1.AddRequest = (function() {

            /**
             * Properties of an AddRequest.
             * @typedef {Object} brook.v1.AddRequest.$Properties
             * @property {Array.<brook.v1.AddEntry.$Properties>|null} [entries] AddRequest entries
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AddRequest.
             * @memberof brook.v1
             * @interface IAddRequest
             * @augments brook.v1.AddRequest.$Properties
             * @deprecated Use brook.v1.AddRequest.$Properties instead.
             */

            /**
             * Shape of an AddRequest.
             * @typedef {brook.v1.AddRequest.$Properties} brook.v1.AddRequest.$Shape
             */

            /**
             * Constructs a new AddRequest.
             * @memberof brook.v1
             * @classdesc Represents an AddRequest.
             * @constructor
             * @param {brook.v1.AddRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var AddRequest = function (p) {
                this.entries = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * AddRequest entries.
             * @member {Array.<brook.v1.AddEntry.$Properties>} entries
             * @memberof brook.v1.AddRequest
             * @instance
             */
            AddRequest.prototype.entries = $util.emptyArray;

            /**
             * Creates a new AddRequest instance using the specified properties.
             * @function create
             * @memberof brook.v1.AddRequest
             * @static
             * @param {brook.v1.AddRequest.$Properties=} [properties] Properties to set
             * @returns {brook.v1.AddRequest} AddRequest instance
             * @type {{
             *   (properties: brook.v1.AddRequest.$Shape): brook.v1.AddRequest & brook.v1.AddRequest.$Shape;
             *   (properties?: brook.v1.AddRequest.$Properties): brook.v1.AddRequest;
             * }}
             */
            AddRequest.create = function(properties) {
                return new AddRequest(properties);
            };

            /**
             * Encodes the specified AddRequest message. Does not implicitly {@link brook.v1.AddRequest.verify|verify} messages.
             * @function encode
             * @memberof brook.v1.AddRequest
             * @static
             * @param {brook.v1.AddRequest.$Properties} m AddRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AddRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.entries != null && m.entries.length) {
                    for (var i = 0; i < m.entries.length; ++i)
                        $root.brook.v1.AddEntry.encode(m.entries[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an AddRequest message from the specified reader or buffer.
             * @function decode
             * @memberof brook.v1.AddRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {brook.v1.AddRequest & brook.v1.AddRequest.$Shape} AddRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AddRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.brook.v1.AddRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.entries && m.entries.length))
                                m.entries = [];
                            m.entries.push($root.brook.v1.AddEntry.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an AddRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brook.v1.AddRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {brook.v1.AddRequest} AddRequest
             */
            AddRequest.fromObject = function (d, q) {
                if (d instanceof $root.brook.v1.AddRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".brook.v1.AddRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.brook.v1.AddRequest();
                if (d.entries) {
                    if (!$Array.isArray(d.entries))
                        throw $TypeError(".brook.v1.AddRequest.entries: array expected");
                    m.entries = $Array(d.entries.length);
                    for (var i = 0; i < d.entries.length; ++i) {
                        if (!$util.isObject(d.entries[i]))
                            throw $TypeError(".brook.v1.AddRequest.entries: object expected");
                        m.entries[i] = $root.brook.v1.AddEntry.fromObject(d.entries[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an AddRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brook.v1.AddRequest
             * @static
             * @param {brook.v1.AddRequest} m AddRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AddRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.entries = [];
                }
                if (m.entries && m.entries.length) {
                    d.entries = $Array(m.entries.length);
                    for (var j = 0; j < m.entries.length; ++j) {
                        d.entries[j] = $root.brook.v1.AddEntry.toObject(m.entries[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this AddRequest to JSON.
             * @function toJSON
             * @memberof brook.v1.AddRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AddRequest.prototype.toJSON = function() {
                return AddRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AddRequest
             * @function getTypeUrl
             * @memberof brook.v1.AddRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AddRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brook.v1.AddRequest";
            };

            return AddRequest;
        })();

        v1.AddEntry = (function() {

            /**
             * Properties of an AddEntry.
             * @typedef {Object} brook.v1.AddEntry.$Properties
             * @property {number|null} [ledgerId] AddEntry ledgerId
             * @property {number|null} [entryId] AddEntry entryId
             * @property {Uint8Array|null} [masterKey] AddEntry masterKey
             * @property {number|null} [lac] AddEntry lac
             * @property {Array.<Uint8Array>|null} [data] AddEntry data
             * @property {number|null} [crc32c] AddEntry crc32c
             * @property {boolean|null} [recovery] AddEntry recovery
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AddEntry.
             * @memberof brook.v1
             * @interface IAddEntry
             * @augments brook.v1.AddEntry.$Properties
             * @deprecated Use brook.v1.AddEntry.$Properties instead.
             */

            /**
             * Shape of an AddEntry.
             * @typedef {brook.v1.AddEntry.$Properties} brook.v1.AddEntry.$Shape
             */

            /**
             * Constructs a new AddEntry.
             * @memberof brook.v1
             * @classdesc Represents an AddEntry.
             * @constructor
             * @param {brook.v1.AddEntry.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var AddEntry = function (p) {
                this.data = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * AddEntry ledgerId.
             * @member {number} ledgerId
             * @memberof brook.v1.AddEntry
             * @instance
             */
            AddEntry.prototype.ledgerId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AddEntry entryId.
             * @member {number} entryId
             * @memberof brook.v1.AddEntry
             * @instance
             */
            AddEntry.prototype.entryId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AddEntry masterKey.
             * @member {Uint8Array} masterKey
             * @memberof brook.v1.AddEntry
             * @instance
             */
            AddEntry.prototype.masterKey = $util.newBuffer([]);

            /**
             * AddEntry lac.
             * @member {number} lac
             * @memberof brook.v1.AddEntry
             * @instance
             */
            AddEntry.prototype.lac = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * AddEntry data.
             * @member {Array.<Uint8Array>} data
             * @memberof brook.v1.AddEntry
             * @instance
             */
            AddEntry.prototype.data = $util.emptyArray;

            /**
             * AddEntry crc32c.
             * @member {number} crc32c
             * @memberof brook.v1.AddEntry
             * @instance
             */
            AddEntry.prototype.crc32c = 0;

            /**
             * AddEntry recovery.
             * @member {boolean} recovery
             * @memberof brook.v1.AddEntry
             * @instance
             */
            AddEntry.prototype.recovery = false;

            /**
             * Creates a new AddEntry instance using the specified properties.
             * @function create
             * @memberof brook.v1.AddEntry
             * @static
             * @param {brook.v1.AddEntry.$Properties=} [properties] Properties to set
             * @returns {brook.v1.AddEntry} AddEntry instance
             * @type {{
             *   (properties: brook.v1.AddEntry.$Shape): brook.v1.AddEntry & brook.v1.AddEntry.$Shape;
             *   (properties?: brook.v1.AddEntry.$Properties): brook.v1.AddEntry;
             * }}
             */
            AddEntry.create = function(properties) {
                return new AddEntry(properties);
            };

            /**
             * Encodes the specified AddEntry message. Does not implicitly {@link brook.v1.AddEntry.verify|verify} messages.
             * @function encode
             * @memberof brook.v1.AddEntry
             * @static
             * @param {brook.v1.AddEntry.$Properties} m AddEntry message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AddEntry.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ledgerId != null && $Object.hasOwnProperty.call(m, "ledgerId") && (typeof m.ledgerId === "object" ? m.ledgerId.low || m.ledgerId.high : m.ledgerId !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.ledgerId);
                if (m.entryId != null && $Object.hasOwnProperty.call(m, "entryId") && (typeof m.entryId === "object" ? m.entryId.low || m.entryId.high : m.entryId !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.entryId);
                if (m.masterKey != null && $Object.hasOwnProperty.call(m, "masterKey") && m.masterKey.length)
                    w.uint32(/* id 3, wireType 2 =*/26).bytes(m.masterKey);
                if (m.lac != null && $Object.hasOwnProperty.call(m, "lac") && (typeof m.lac === "object" ? m.lac.low || m.lac.high : m.lac !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.lac);
                if (m.data != null && m.data.length) {
                    for (var i = 0; i < m.data.length; ++i)
                        w.uint32(/* id 5, wireType 2 =*/42).bytes(m.data[i]);
                }
                if (m.crc32c != null && $Object.hasOwnProperty.call(m, "crc32c") && m.crc32c !== 0)
                    w.uint32(/* id 6, wireType 0 =*/48).uint32(m.crc32c);
                if (m.recovery != null && $Object.hasOwnProperty.call(m, "recovery") && m.recovery !== false)
                    w.uint32(/* id 7, wireType 0 =*/56).bool(m.recovery);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an AddEntry message from the specified reader or buffer.
             * @function decode
             * @memberof brook.v1.AddEntry
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {brook.v1.AddEntry & brook.v1.AddEntry.$Shape} AddEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AddEntry.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.brook.v1.AddEntry();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.ledgerId = v;
                            else
                                delete m.ledgerId;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.entryId = v;
                            else
                                delete m.entryId;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.masterKey = v;
                            else
                                delete m.masterKey;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.lac = v;
                            else
                                delete m.lac;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if (!(m.data && m.data.length))
                                m.data = [];
                            m.data.push(r.bytes());
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.crc32c = v;
                            else
                                delete m.crc32c;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.recovery = v;
                            else
                                delete m.recovery;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an AddEntry message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brook.v1.AddEntry
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {brook.v1.AddEntry} AddEntry
             */
            AddEntry.fromObject = function (d, q) {
                if (d instanceof $root.brook.v1.AddEntry)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".brook.v1.AddEntry: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.brook.v1.AddEntry();
                if (d.ledgerId != null) {
                    if (typeof d.ledgerId === "object" ? d.ledgerId.low || d.ledgerId.high : $Number(d.ledgerId) !== 0) {
                        if ($util.Long)
                            m.ledgerId = $util.Long.fromValue(d.ledgerId, true);
                        else if (typeof d.ledgerId === "string")
                            m.ledgerId = $parseInt(d.ledgerId, 10);
                        else if (typeof d.ledgerId === "number")
                            m.ledgerId = d.ledgerId;
                        else if (typeof d.ledgerId === "object")
                            m.ledgerId = new $util.LongBits(d.ledgerId.low >>> 0, d.ledgerId.high >>> 0).toNumber(true);
                    }
                }
                if (d.entryId != null) {
                    if (typeof d.entryId === "object" ? d.entryId.low || d.entryId.high : $Number(d.entryId) !== 0) {
                        if ($util.Long)
                            m.entryId = $util.Long.fromValue(d.entryId, true);
                        else if (typeof d.entryId === "string")
                            m.entryId = $parseInt(d.entryId, 10);
                        else if (typeof d.entryId === "number")
                            m.entryId = d.entryId;
                        else if (typeof d.entryId === "object")
                            m.entryId = new $util.LongBits(d.entryId.low >>> 0, d.entryId.high >>> 0).toNumber(true);
                    }
                }
                if (d.masterKey != null) {
                    if (d.masterKey.length) {
                        if (typeof d.masterKey === "string")
                            $util.base64.decode(d.masterKey, m.masterKey = $util.newBuffer($util.base64.length(d.masterKey)), 0);
                        else if (d.masterKey.length >= 0)
                            m.masterKey = d.masterKey;
                    }
                }
                if (d.lac != null) {
                    if (typeof d.lac === "object" ? d.lac.low || d.lac.high : $Number(d.lac) !== 0) {
                        if ($util.Long)
                            m.lac = $util.Long.fromValue(d.lac, false);
                        else if (typeof d.lac === "string")
                            m.lac = $parseInt(d.lac, 10);
                        else if (typeof d.lac === "number")
                            m.lac = d.lac;
                        else if (typeof d.lac === "object")
                            m.lac = new $util.LongBits(d.lac.low >>> 0, d.lac.high >>> 0).toNumber();
                    }
                }
                if (d.data) {
                    if (!$Array.isArray(d.data))
                        throw $TypeError(".brook.v1.AddEntry.data: array expected");
                    m.data = $Array(d.data.length);
                    for (var i = 0; i < d.data.length; ++i) {
                        if (typeof d.data[i] === "string")
                            $util.base64.decode(d.data[i], m.data[i] = $util.newBuffer($util.base64.length(d.data[i])), 0);
                        else if (d.data[i].length >= 0)
                            m.data[i] = d.data[i];
                    }
                }
                if (d.crc32c != null) {
                    if ($Number(d.crc32c) !== 0) {
                        m.crc32c = d.crc32c >>> 0;
                    }
                }
                if (d.recovery != null) {
                    if (d.recovery) {
                        m.recovery = $Boolean(d.recovery);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an AddEntry message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brook.v1.AddEntry
             * @static
             * @param {brook.v1.AddEntry} m AddEntry
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AddEntry.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.data = [];
                }
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.ledgerId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.ledgerId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.entryId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.entryId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if (o.bytes === $String)
                        d.masterKey = "";
                    else {
                        d.masterKey = [];
                        if (o.bytes !== $Array)
                            d.masterKey = $util.newBuffer(d.masterKey);
                    }
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.lac = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.lac = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.crc32c = 0;
                    d.recovery = false;
                }
                if (m.ledgerId != null && $Object.hasOwnProperty.call(m, "ledgerId")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.ledgerId = typeof m.ledgerId === "number" ? $BigInt(m.ledgerId) : $util.Long.fromBits(m.ledgerId.low >>> 0, m.ledgerId.high >>> 0, true).toBigInt();
                    else if (typeof m.ledgerId === "number")
                        d.ledgerId = o.longs === $String ? $String(m.ledgerId) : m.ledgerId;
                    else
                        d.ledgerId = o.longs === $String ? $util.Long.prototype.toString.call(m.ledgerId) : o.longs === $Number ? new $util.LongBits(m.ledgerId.low >>> 0, m.ledgerId.high >>> 0).toNumber(true) : m.ledgerId;
                }
                if (m.entryId != null && $Object.hasOwnProperty.call(m, "entryId")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.entryId = typeof m.entryId === "number" ? $BigInt(m.entryId) : $util.Long.fromBits(m.entryId.low >>> 0, m.entryId.high >>> 0, true).toBigInt();
                    else if (typeof m.entryId === "number")
                        d.entryId = o.longs === $String ? $String(m.entryId) : m.entryId;
                    else
                        d.entryId = o.longs === $String ? $util.Long.prototype.toString.call(m.entryId) : o.longs === $Number ? new $util.LongBits(m.entryId.low >>> 0, m.entryId.high >>> 0).toNumber(true) : m.entryId;
                }
                if (m.masterKey != null && $Object.hasOwnProperty.call(m, "masterKey")) {
                    d.masterKey = o.bytes === $String ? $util.base64.encode(m.masterKey, 0, m.masterKey.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.masterKey) : m.masterKey;
                }
                if (m.lac != null && $Object.hasOwnProperty.call(m, "lac")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.lac = typeof m.lac === "number" ? $BigInt(m.lac) : $util.Long.fromBits(m.lac.low >>> 0, m.lac.high >>> 0, false).toBigInt();
                    else if (typeof m.lac === "number")
                        d.lac = o.longs === $String ? $String(m.lac) : m.lac;
                    else
                        d.lac = o.longs === $String ? $util.Long.prototype.toString.call(m.lac) : o.longs === $Number ? new $util.LongBits(m.lac.low >>> 0, m.lac.high >>> 0).toNumber() : m.lac;
                }
                if (m.data && m.data.length) {
                    d.data = $Array(m.data.length);
                    for (var j = 0; j < m.data.length; ++j) {
                        d.data[j] = o.bytes === $String ? $util.base64.encode(m.data[j], 0, m.data[j].length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data[j]) : m.data[j];
                    }
                }
                if (m.crc32c != null && $Object.hasOwnProperty.call(m, "crc32c")) {
                    d.crc32c = m.crc32c;
                }
                if (m.recovery != null && $Object.hasOwnProperty.call(m, "recovery")) {
                    d.recovery = m.recovery;
                }
                return d;
            };

            /**
             * Converts this AddEntry to JSON.
             * @function toJSON
             * @memberof brook.v1.AddEntry
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AddEntry.prototype.toJSON = function() {
                return AddEntry.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AddEntry
             * @function getTypeUrl
             * @memberof brook.v1.AddEntry
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AddEntry.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brook.v1.AddEntry";
            };

            return AddEntry;
        })();

        v1.AddResponse = (function() {

            /**
             * Properties of an AddResponse.
             * @typedef {Object} brook.v1.AddResponse.$Properties
             * @property {Array.<brook.v1.AddResult.$Properties>|null} [results] AddResponse results
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AddResponse.
             * @memberof brook.v1
             * @interface IAddResponse
             * @augments brook.v1.AddResponse.$Properties
             * @deprecated Use brook.v1.AddResponse.$Properties instead.
             */

            /**
             * Shape of an AddResponse.
             * @typedef {brook.v1.AddResponse.$Properties} brook.v1.AddResponse.$Shape
             */

            /**
             * Constructs a new AddResponse.
             * @memberof brook.v1
             * @classdesc Represents an AddResponse.
             * @constructor
             * @param {brook.v1.AddResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var AddResponse = function (p) {
                this.results = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * AddResponse results.
             * @member {Array.<brook.v1.AddResult.$Properties>} results
             * @memberof brook.v1.AddResponse
             * @instance
             */
            AddResponse.prototype.results = $util.emptyArray;

            /**
             * Creates a new AddResponse instance using the specified properties.
             * @function create
             * @memberof brook.v1.AddResponse
             * @static
             * @param {brook.v1.AddResponse.$Properties=} [properties] Properties to set
             * @returns {brook.v1.AddResponse} AddResponse instance
             * @type {{
             *   (properties: brook.v1.AddResponse.$Shape): brook.v1.AddResponse & brook.v1.AddResponse.$Shape;
             *   (properties?: brook.v1.AddResponse.$Properties): brook.v1.AddResponse;
             * }}
             */
            AddResponse.create = function(properties) {
                return new AddResponse(properties);
            };

            /**
             * Encodes the specified AddResponse message. Does not implicitly {@link brook.v1.AddResponse.verify|verify} messages.
             * @function encode
             * @memberof brook.v1.AddResponse
             * @static
             * @param {brook.v1.AddResponse.$Properties} m AddResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AddResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.results != null && m.results.length) {
                    for (var i = 0; i < m.results.length; ++i)
                        $root.brook.v1.AddResult.encode(m.results[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an AddResponse message from the specified reader or buffer.
             * @function decode
             * @memberof brook.v1.AddResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {brook.v1.AddResponse & brook.v1.AddResponse.$Shape} AddResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AddResponse.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.brook.v1.AddResponse();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.results && m.results.length))
                                m.results = [];
                            m.results.push($root.brook.v1.AddResult.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an AddResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brook.v1.AddResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {brook.v1.AddResponse} AddResponse
             */
            AddResponse.fromObject = function (d, q) {
                if (d instanceof $root.brook.v1.AddResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".brook.v1.AddResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.brook.v1.AddResponse();
                if (d.results) {
                    if (!$Array.isArray(d.results))
                        throw $TypeError(".brook.v1.AddResponse.results: array expected");
                    m.results = $Array(d.results.length);
                    for (var i = 0; i < d.results.length; ++i) {
                        if (!$util.isObject(d.results[i]))
                            throw $TypeError(".brook.v1.AddResponse.results: object expected");
                        m.results[i] = $root.brook.v1.AddResult.fromObject(d.results[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an AddResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brook.v1.AddResponse
             * @static
             * @param {brook.v1.AddResponse} m AddResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AddResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.results = [];
                }
                if (m.results && m.results.length) {
                    d.results = $Array(m.results.length);
                    for (var j = 0; j < m.results.length; ++j) {
                        d.results[j] = $root.brook.v1.AddResult.toObject(m.results[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this AddResponse to JSON.
             * @function toJSON
             * @memberof brook.v1.AddResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AddResponse.prototype.toJSON = function() {
                return AddResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AddResponse
             * @function getTypeUrl
             * @memberof brook.v1.AddResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AddResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brook.v1.AddResponse";
            };

            return AddResponse;
        })();

        v1.AddResult = (function() {

            /**
             * Properties of an AddResult.
             * @typedef {Object} brook.v1.AddResult.$Properties
             * @property {number|null} [ledgerId] AddResult ledgerId
             * @property {number|null} [entryId] AddResult entryId
             * @property {string|null} [errorCode] AddResult errorCode
             * @property {string|null} [errorMessage] AddResult errorMessage
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AddResult.
             * @memberof brook.v1
             * @interface IAddResult
             * @augments brook.v1.AddResult.$Properties
             * @deprecated Use brook.v1.AddResult.$Properties instead.
             */

            /**
             * Shape of an AddResult.
             * @typedef {brook.v1.AddResult.$Properties} brook.v1.AddResult.$Shape
             */

            /**
             * Constructs a new AddResult.
             * @memberof brook.v1
             * @classdesc Represents an AddResult.
             * @constructor
             * @param {brook.v1.AddResult.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var AddResult = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * AddResult ledgerId.
             * @member {number} ledgerId
             * @memberof brook.v1.AddResult
             * @instance
             */
            AddResult.prototype.ledgerId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AddResult entryId.
             * @member {number} entryId
             * @memberof brook.v1.AddResult
             * @instance
             */
            AddResult.prototype.entryId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AddResult errorCode.
             * @member {string} errorCode
             * @memberof brook.v1.AddResult
             * @instance
             */
            AddResult.prototype.errorCode = "";

            /**
             * AddResult errorMessage.
             * @member {string} errorMessage
             * @memberof brook.v1.AddResult
             * @instance
             */
            AddResult.prototype.errorMessage = "";

            /**
             * Creates a new AddResult instance using the specified properties.
             * @function create
             * @memberof brook.v1.AddResult
             * @static
             * @param {brook.v1.AddResult.$Properties=} [properties] Properties to set
             * @returns {brook.v1.AddResult} AddResult instance
             * @type {{
             *   (properties: brook.v1.AddResult.$Shape): brook.v1.AddResult & brook.v1.AddResult.$Shape;
             *   (properties?: brook.v1.AddResult.$Properties): brook.v1.AddResult;
             * }}
             */
            AddResult.create = function(properties) {
                return new AddResult(properties);
            };

            /**
             * Encodes the specified AddResult message. Does not implicitly {@link brook.v1.AddResult.verify|verify} messages.
             * @function encode
             * @memberof brook.v1.AddResult
             * @static
             * @param {brook.v1.AddResult.$Properties} m AddResult message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AddResult.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ledgerId != null && $Object.hasOwnProperty.call(m, "ledgerId") && (typeof m.ledgerId === "object" ? m.ledgerId.low || m.ledgerId.high : m.ledgerId !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.ledgerId);
                if (m.entryId != null && $Object.hasOwnProperty.call(m, "entryId") && (typeof m.entryId === "object" ? m.entryId.low || m.entryId.high : m.entryId !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.entryId);
                if (m.errorCode != null && $Object.hasOwnProperty.call(m, "errorCode") && m.errorCode !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.errorCode);
                if (m.errorMessage != null && $Object.hasOwnProperty.call(m, "errorMessage") && m.errorMessage !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.errorMessage);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an AddResult message from the specified reader or buffer.
             * @function decode
             * @memberof brook.v1.AddResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {brook.v1.AddResult & brook.v1.AddResult.$Shape} AddResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AddResult.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.brook.v1.AddResult();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.ledgerId = v;
                            else
                                delete m.ledgerId;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.entryId = v;
                            else
                                delete m.entryId;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.errorCode = v;
                            else
                                delete m.errorCode;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.errorMessage = v;
                            else
                                delete m.errorMessage;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an AddResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brook.v1.AddResult
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {brook.v1.AddResult} AddResult
             */
            AddResult.fromObject = function (d, q) {
                if (d instanceof $root.brook.v1.AddResult)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".brook.v1.AddResult: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.brook.v1.AddResult();
                if (d.ledgerId != null) {
                    if (typeof d.ledgerId === "object" ? d.ledgerId.low || d.ledgerId.high : $Number(d.ledgerId) !== 0) {
                        if ($util.Long)
                            m.ledgerId = $util.Long.fromValue(d.ledgerId, true);
                        else if (typeof d.ledgerId === "string")
                            m.ledgerId = $parseInt(d.ledgerId, 10);
                        else if (typeof d.ledgerId === "number")
                            m.ledgerId = d.ledgerId;
                        else if (typeof d.ledgerId === "object")
                            m.ledgerId = new $util.LongBits(d.ledgerId.low >>> 0, d.ledgerId.high >>> 0).toNumber(true);
                    }
                }
                if (d.entryId != null) {
                    if (typeof d.entryId === "object" ? d.entryId.low || d.entryId.high : $Number(d.entryId) !== 0) {
                        if ($util.Long)
                            m.entryId = $util.Long.fromValue(d.entryId, true);
                        else if (typeof d.entryId === "string")
                            m.entryId = $parseInt(d.entryId, 10);
                        else if (typeof d.entryId === "number")
                            m.entryId = d.entryId;
                        else if (typeof d.entryId === "object")
                            m.entryId = new $util.LongBits(d.entryId.low >>> 0, d.entryId.high >>> 0).toNumber(true);
                    }
                }
                if (d.errorCode != null) {
                    if (typeof d.errorCode !== "string" || d.errorCode.length) {
                        m.errorCode = $String(d.errorCode);
                    }
                }
                if (d.errorMessage != null) {
                    if (typeof d.errorMessage !== "string" || d.errorMessage.length) {
                        m.errorMessage = $String(d.errorMessage);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an AddResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brook.v1.AddResult
             * @static
             * @param {brook.v1.AddResult} m AddResult
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AddResult.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.ledgerId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.ledgerId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.entryId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.entryId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.errorCode = "";
                    d.errorMessage = "";
                }
                if (m.ledgerId != null && $Object.hasOwnProperty.call(m, "ledgerId")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.ledgerId = typeof m.ledgerId === "number" ? $BigInt(m.ledgerId) : $util.Long.fromBits(m.ledgerId.low >>> 0, m.ledgerId.high >>> 0, true).toBigInt();
                    else if (typeof m.ledgerId === "number")
                        d.ledgerId = o.longs === $String ? $String(m.ledgerId) : m.ledgerId;
                    else
                        d.ledgerId = o.longs === $String ? $util.Long.prototype.toString.call(m.ledgerId) : o.longs === $Number ? new $util.LongBits(m.ledgerId.low >>> 0, m.ledgerId.high >>> 0).toNumber(true) : m.ledgerId;
                }
                if (m.entryId != null && $Object.hasOwnProperty.call(m, "entryId")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.entryId = typeof m.entryId === "number" ? $BigInt(m.entryId) : $util.Long.fromBits(m.entryId.low >>> 0, m.entryId.high >>> 0, true).toBigInt();
                    else if (typeof m.entryId === "number")
                        d.entryId = o.longs === $String ? $String(m.entryId) : m.entryId;
                    else
                        d.entryId = o.longs === $String ? $util.Long.prototype.toString.call(m.entryId) : o.longs === $Number ? new $util.LongBits(m.entryId.low >>> 0, m.entryId.high >>> 0).toNumber(true) : m.entryId;
                }
                if (m.errorCode != null && $Object.hasOwnProperty.call(m, "errorCode")) {
                    d.errorCode = m.errorCode;
                }
                if (m.errorMessage != null && $Object.hasOwnProperty.call(m, "errorMessage")) {
                    d.errorMessage = m.errorMessage;
                }
                return d;
            };

            /**
             * Converts this AddResult to JSON.
             * @function toJSON
             * @memberof brook.v1.AddResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AddResult.prototype.toJSON = function() {
                return AddResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AddResult
             * @function getTypeUrl
             * @memberof brook.v1.AddResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AddResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brook.v1.AddResult";
            };

            return AddResult;
        })();

        v1.ReadRequest = (function() {

            /**
             * Properties of a ReadRequest.
             * @typedef {Object} brook.v1.ReadRequest.$Properties
             * @property {number|null} [ledgerId] ReadRequest ledgerId
             * @property {number|null} [firstEntryId] ReadRequest firstEntryId
             * @property {number|null} [lastEntryId] ReadRequest lastEntryId
             * @property {number|null} [maxBytes] ReadRequest maxBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReadRequest.
             * @memberof brook.v1
             * @interface IReadRequest
             * @augments brook.v1.ReadRequest.$Properties
             * @deprecated Use brook.v1.ReadRequest.$Properties instead.
             */

            /**
             * Shape of a ReadRequest.
             * @typedef {brook.v1.ReadRequest.$Properties} brook.v1.ReadRequest.$Shape
             */

            /**
             * Constructs a new ReadRequest.
             * @memberof brook.v1
             * @classdesc Represents a ReadRequest.
             * @constructor
             * @param {brook.v1.ReadRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ReadRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ReadRequest ledgerId.
             * @member {number} ledgerId
             * @memberof brook.v1.ReadRequest
             * @instance
             */
            ReadRequest.prototype.ledgerId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ReadRequest firstEntryId.
             * @member {number} firstEntryId
             * @memberof brook.v1.ReadRequest
             * @instance
             */
            ReadRequest.prototype.firstEntryId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ReadRequest lastEntryId.
             * @member {number} lastEntryId
             * @memberof brook.v1.ReadRequest
             * @instance
             */
            ReadRequest.prototype.lastEntryId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ReadRequest maxBytes.
             * @member {number} maxBytes
             * @memberof brook.v1.ReadRequest
             * @instance
             */
            ReadRequest.prototype.maxBytes = 0;

            /**
             * Creates a new ReadRequest instance using the specified properties.
             * @function create
             * @memberof brook.v1.ReadRequest
             * @static
             * @param {brook.v1.ReadRequest.$Properties=} [properties] Properties to set
             * @returns {brook.v1.ReadRequest} ReadRequest instance
             * @type {{
             *   (properties: brook.v1.ReadRequest.$Shape): brook.v1.ReadRequest & brook.v1.ReadRequest.$Shape;
             *   (properties?: brook.v1.ReadRequest.$Properties): brook.v1.ReadRequest;
             * }}
             */
            ReadRequest.create = function(properties) {
                return new ReadRequest(properties);
            };

            /**
             * Encodes the specified ReadRequest message. Does not implicitly {@link brook.v1.ReadRequest.verify|verify} messages.
             * @function encode
             * @memberof brook.v1.ReadRequest
             * @static
             * @param {brook.v1.ReadRequest.$Properties} m ReadRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReadRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ledgerId != null && $Object.hasOwnProperty.call(m, "ledgerId") && (typeof m.ledgerId === "object" ? m.ledgerId.low || m.ledgerId.high : m.ledgerId !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.ledgerId);
                if (m.firstEntryId != null && $Object.hasOwnProperty.call(m, "firstEntryId") && (typeof m.firstEntryId === "object" ? m.firstEntryId.low || m.firstEntryId.high : m.firstEntryId !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.firstEntryId);
                if (m.lastEntryId != null && $Object.hasOwnProperty.call(m, "lastEntryId") && (typeof m.lastEntryId === "object" ? m.lastEntryId.low || m.lastEntryId.high : m.lastEntryId !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.lastEntryId);
                if (m.maxBytes != null && $Object.hasOwnProperty.call(m, "maxBytes") && m.maxBytes !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.maxBytes);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ReadRequest message from the specified reader or buffer.
             * @function decode
             * @memberof brook.v1.ReadRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {brook.v1.ReadRequest & brook.v1.ReadRequest.$Shape} ReadRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReadRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.brook.v1.ReadRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.ledgerId = v;
                            else
                                delete m.ledgerId;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.firstEntryId = v;
                            else
                                delete m.firstEntryId;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.lastEntryId = v;
                            else
                                delete m.lastEntryId;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.maxBytes = v;
                            else
                                delete m.maxBytes;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a ReadRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brook.v1.ReadRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {brook.v1.ReadRequest} ReadRequest
             */
            ReadRequest.fromObject = function (d, q) {
                if (d instanceof $root.brook.v1.ReadRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".brook.v1.ReadRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.brook.v1.ReadRequest();
                if (d.ledgerId != null) {
                    if (typeof d.ledgerId === "object" ? d.ledgerId.low || d.ledgerId.high : $Number(d.ledgerId) !== 0) {
                        if ($util.Long)
                            m.ledgerId = $util.Long.fromValue(d.ledgerId, true);
                        else if (typeof d.ledgerId === "string")
                            m.ledgerId = $parseInt(d.ledgerId, 10);
                        else if (typeof d.ledgerId === "number")
                            m.ledgerId = d.ledgerId;
                        else if (typeof d.ledgerId === "object")
                            m.ledgerId = new $util.LongBits(d.ledgerId.low >>> 0, d.ledgerId.high >>> 0).toNumber(true);
                    }
                }
                if (d.firstEntryId != null) {
                    if (typeof d.firstEntryId === "object" ? d.firstEntryId.low || d.firstEntryId.high : $Number(d.firstEntryId) !== 0) {
                        if ($util.Long)
                            m.firstEntryId = $util.Long.fromValue(d.firstEntryId, true);
                        else if (typeof d.firstEntryId === "string")
                            m.firstEntryId = $parseInt(d.firstEntryId, 10);
                        else if (typeof d.firstEntryId === "number")
                            m.firstEntryId = d.firstEntryId;
                        else if (typeof d.firstEntryId === "object")
                            m.firstEntryId = new $util.LongBits(d.firstEntryId.low >>> 0, d.firstEntryId.high >>> 0).toNumber(true);
                    }
                }
                if (d.lastEntryId != null) {
                    if (typeof d.lastEntryId === "object" ? d.lastEntryId.low || d.lastEntryId.high : $Number(d.lastEntryId) !== 0) {
                        if ($util.Long)
                            m.lastEntryId = $util.Long.fromValue(d.lastEntryId, true);
                        else if (typeof d.lastEntryId === "string")
                            m.lastEntryId = $parseInt(d.lastEntryId, 10);
                        else if (typeof d.lastEntryId === "number")
                            m.lastEntryId = d.lastEntryId;
                        else if (typeof d.lastEntryId === "object")
                            m.lastEntryId = new $util.LongBits(d.lastEntryId.low >>> 0, d.lastEntryId.high >>> 0).toNumber(true);
                    }
                }
                if (d.maxBytes != null) {
                    if ($Number(d.maxBytes) !== 0) {
                        m.maxBytes = d.maxBytes >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ReadRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brook.v1.ReadRequest
             * @static
             * @param {brook.v1.ReadRequest} m ReadRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReadRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.ledgerId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.ledgerId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.firstEntryId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.firstEntryId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.lastEntryId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.lastEntryId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.maxBytes = 0;
                }
                if (m.ledgerId != null && $Object.hasOwnProperty.call(m, "ledgerId")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.ledgerId = typeof m.ledgerId === "number" ? $BigInt(m.ledgerId) : $util.Long.fromBits(m.ledgerId.low >>> 0, m.ledgerId.high >>> 0, true).toBigInt();
                    else if (typeof m.ledgerId === "number")
                        d.ledgerId = o.longs === $String ? $String(m.ledgerId) : m.ledgerId;
                    else
                        d.ledgerId = o.longs === $String ? $util.Long.prototype.toString.call(m.ledgerId) : o.longs === $Number ? new $util.LongBits(m.ledgerId.low >>> 0, m.ledgerId.high >>> 0).toNumber(true) : m.ledgerId;
                }
                if (m.firstEntryId != null && $Object.hasOwnProperty.call(m, "firstEntryId")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.firstEntryId = typeof m.firstEntryId === "number" ? $BigInt(m.firstEntryId) : $util.Long.fromBits(m.firstEntryId.low >>> 0, m.firstEntryId.high >>> 0, true).toBigInt();
                    else if (typeof m.firstEntryId === "number")
                        d.firstEntryId = o.longs === $String ? $String(m.firstEntryId) : m.firstEntryId;
                    else
                        d.firstEntryId = o.longs === $String ? $util.Long.prototype.toString.call(m.firstEntryId) : o.longs === $Number ? new $util.LongBits(m.firstEntryId.low >>> 0, m.firstEntryId.high >>> 0).toNumber(true) : m.firstEntryId;
                }
                if (m.lastEntryId != null && $Object.hasOwnProperty.call(m, "lastEntryId")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.lastEntryId = typeof m.lastEntryId === "number" ? $BigInt(m.lastEntryId) : $util.Long.fromBits(m.lastEntryId.low >>> 0, m.lastEntryId.high >>> 0, true).toBigInt();
                    else if (typeof m.lastEntryId === "number")
                        d.lastEntryId = o.longs === $String ? $String(m.lastEntryId) : m.lastEntryId;
                    else
                        d.lastEntryId = o.longs === $String ? $util.Long.prototype.toString.call(m.lastEntryId) : o.longs === $Number ? new $util.LongBits(m.lastEntryId.low >>> 0, m.lastEntryId.high >>> 0).toNumber(true) : m.lastEntryId;
                }
                if (m.maxBytes != null && $Object.hasOwnProperty.call(m, "maxBytes")) {
                    d.maxBytes = m.maxBytes;
                }
                return d;
            };

            /**
             * Converts this ReadRequest to JSON.
             * @function toJSON
             * @memberof brook.v1.ReadRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReadRequest.prototype.toJSON = function() {
                return ReadRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ReadRequest
             * @function getTypeUrl
             * @memberof brook.v1.ReadRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReadRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brook.v1.ReadRequest";
            };

            return ReadRequest;
        })();

        v1.ReadResponse = (function() {

            /**
             * Properties of a ReadResponse.
             * @typedef {Object} brook.v1.ReadResponse.$Properties
             * @property {Array.<brook.v1.StoredEntry.$Properties>|null} [entries] ReadResponse entries
             * @property {number|null} [lac] ReadResponse lac
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReadResponse.
             * @memberof brook.v1
             * @interface IReadResponse
             * @augments brook.v1.ReadResponse.$Properties
             * @deprecated Use brook.v1.ReadResponse.$Properties instead.
             */

            /**
             * Shape of a ReadResponse.
             * @typedef {brook.v1.ReadResponse.$Properties} brook.v1.ReadResponse.$Shape
             */

            /**
             * Constructs a new ReadResponse.
             * @memberof brook.v1
             * @classdesc Represents a ReadResponse.
             * @constructor
             * @param {brook.v1.ReadResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ReadResponse = function (p) {
                this.entries = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ReadResponse entries.
             * @member {Array.<brook.v1.StoredEntry.$Properties>} entries
             * @memberof brook.v1.ReadResponse
             * @instance
             */
            ReadResponse.prototype.entries = $util.emptyArray;

            /**
             * ReadResponse lac.
             * @member {number} lac
             * @memberof brook.v1.ReadResponse
             * @instance
             */
            ReadResponse.prototype.lac = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new ReadResponse instance using the specified properties.
             * @function create
             * @memberof brook.v1.ReadResponse
             * @static
             * @param {brook.v1.ReadResponse.$Properties=} [properties] Properties to set
             * @returns {brook.v1.ReadResponse} ReadResponse instance
             * @type {{
             *   (properties: brook.v1.ReadResponse.$Shape): brook.v1.ReadResponse & brook.v1.ReadResponse.$Shape;
             *   (properties?: brook.v1.ReadResponse.$Properties): brook.v1.ReadResponse;
             * }}
             */
            ReadResponse.create = function(properties) {
                return new ReadResponse(properties);
            };

            /**
             * Encodes the specified ReadResponse message. Does not implicitly {@link brook.v1.ReadResponse.verify|verify} messages.
             * @function encode
             * @memberof brook.v1.ReadResponse
             * @static
             * @param {brook.v1.ReadResponse.$Properties} m ReadResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReadResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.entries != null && m.entries.length) {
                    for (var i = 0; i < m.entries.length; ++i)
                        $root.brook.v1.StoredEntry.encode(m.entries[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.lac != null && $Object.hasOwnProperty.call(m, "lac") && (typeof m.lac === "object" ? m.lac.low || m.lac.high : m.lac !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).int64(m.lac);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ReadResponse message from the specified reader or buffer.
             * @function decode
             * @memberof brook.v1.ReadResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {brook.v1.ReadResponse & brook.v1.ReadResponse.$Shape} ReadResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReadResponse.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.brook.v1.ReadResponse();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.entries && m.entries.length))
                                m.entries = [];
                            m.entries.push($root.brook.v1.StoredEntry.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.lac = v;
                            else
                                delete m.lac;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a ReadResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brook.v1.ReadResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {brook.v1.ReadResponse} ReadResponse
             */
            ReadResponse.fromObject = function (d, q) {
                if (d instanceof $root.brook.v1.ReadResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".brook.v1.ReadResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.brook.v1.ReadResponse();
                if (d.entries) {
                    if (!$Array.isArray(d.entries))
                        throw $TypeError(".brook.v1.ReadResponse.entries: array expected");
                    m.entries = $Array(d.entries.length);
                    for (var i = 0; i < d.entries.length; ++i) {
                        if (!$util.isObject(d.entries[i]))
                            throw $TypeError(".brook.v1.ReadResponse.entries: object expected");
                        m.entries[i] = $root.brook.v1.StoredEntry.fromObject(d.entries[i], q + 1);
                    }
                }
                if (d.lac != null) {
                    if (typeof d.lac === "object" ? d.lac.low || d.lac.high : $Number(d.lac) !== 0) {
                        if ($util.Long)
                            m.lac = $util.Long.fromValue(d.lac, false);
                        else if (typeof d.lac === "string")
                            m.lac = $parseInt(d.lac, 10);
                        else if (typeof d.lac === "number")
                            m.lac = d.lac;
                        else if (typeof d.lac === "object")
                            m.lac = new $util.LongBits(d.lac.low >>> 0, d.lac.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ReadResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brook.v1.ReadResponse
             * @static
             * @param {brook.v1.ReadResponse} m ReadResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReadResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.entries = [];
                }
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.lac = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.lac = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.entries && m.entries.length) {
                    d.entries = $Array(m.entries.length);
                    for (var j = 0; j < m.entries.length; ++j) {
                        d.entries[j] = $root.brook.v1.StoredEntry.toObject(m.entries[j], o, q + 1);
                    }
                }
                if (m.lac != null && $Object.hasOwnProperty.call(m, "lac")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.lac = typeof m.lac === "number" ? $BigInt(m.lac) : $util.Long.fromBits(m.lac.low >>> 0, m.lac.high >>> 0, false).toBigInt();
                    else if (typeof m.lac === "number")
                        d.lac = o.longs === $String ? $String(m.lac) : m.lac;
                    else
                        d.lac = o.longs === $String ? $util.Long.prototype.toString.call(m.lac) : o.longs === $Number ? new $util.LongBits(m.lac.low >>> 0, m.lac.high >>> 0).toNumber() : m.lac;
                }
                return d;
            };

            /**
             * Converts this ReadResponse to JSON.
             * @function toJSON
             * @memberof brook.v1.ReadResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReadResponse.prototype.toJSON = function() {
                return ReadResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ReadResponse
             * @function getTypeUrl
             * @memberof brook.v1.ReadResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReadResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brook.v1.ReadResponse";
            };

            return ReadResponse;
        })();

        v1.StoredEntry = (function() {

            /**
             * Properties of a StoredEntry.
             * @typedef {Object} brook.v1.StoredEntry.$Properties
             * @property {number|null} [entryId] StoredEntry entryId
             * @property {Uint8Array|null} [data] StoredEntry data
             * @property {number|null} [crc32c] StoredEntry crc32c
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StoredEntry.
             * @memberof brook.v1
             * @interface IStoredEntry
             * @augments brook.v1.StoredEntry.$Properties
             * @deprecated Use brook.v1.StoredEntry.$Properties instead.
             */

            /**
             * Shape of a StoredEntry.
             * @typedef {brook.v1.StoredEntry.$Properties} brook.v1.StoredEntry.$Shape
             */

            /**
             * Constructs a new StoredEntry.
             * @memberof brook.v1
             * @classdesc Represents a StoredEntry.
             * @constructor
             * @param {brook.v1.StoredEntry.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var StoredEntry = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * StoredEntry entryId.
             * @member {number} entryId
             * @memberof brook.v1.StoredEntry
             * @instance
             */
            StoredEntry.prototype.entryId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StoredEntry data.
             * @member {Uint8Array} data
             * @memberof brook.v1.StoredEntry
             * @instance
             */
            StoredEntry.prototype.data = $util.newBuffer([]);

            /**
             * StoredEntry crc32c.
             * @member {number} crc32c
             * @memberof brook.v1.StoredEntry
             * @instance
             */
            StoredEntry.prototype.crc32c = 0;

            /**
             * Creates a new StoredEntry instance using the specified properties.
             * @function create
             * @memberof brook.v1.StoredEntry
             * @static
             * @param {brook.v1.StoredEntry.$Properties=} [properties] Properties to set
             * @returns {brook.v1.StoredEntry} StoredEntry instance
             * @type {{
             *   (properties: brook.v1.StoredEntry.$Shape): brook.v1.StoredEntry & brook.v1.StoredEntry.$Shape;
             *   (properties?: brook.v1.StoredEntry.$Properties): brook.v1.StoredEntry;
             * }}
             */
            StoredEntry.create = function(properties) {
                return new StoredEntry(properties);
            };

            /**
             * Encodes the specified StoredEntry message. Does not implicitly {@link brook.v1.StoredEntry.verify|verify} messages.
             * @function encode
             * @memberof brook.v1.StoredEntry
             * @static
             * @param {brook.v1.StoredEntry.$Properties} m StoredEntry message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StoredEntry.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.entryId != null && $Object.hasOwnProperty.call(m, "entryId") && (typeof m.entryId === "object" ? m.entryId.low || m.entryId.high : m.entryId !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.entryId);
                if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.data);
                if (m.crc32c != null && $Object.hasOwnProperty.call(m, "crc32c") && m.crc32c !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.crc32c);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a StoredEntry message from the specified reader or buffer.
             * @function decode
             * @memberof brook.v1.StoredEntry
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {brook.v1.StoredEntry & brook.v1.StoredEntry.$Shape} StoredEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StoredEntry.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.brook.v1.StoredEntry();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.entryId = v;
                            else
                                delete m.entryId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.data = v;
                            else
                                delete m.data;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.crc32c = v;
                            else
                                delete m.crc32c;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a StoredEntry message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brook.v1.StoredEntry
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {brook.v1.StoredEntry} StoredEntry
             */
            StoredEntry.fromObject = function (d, q) {
                if (d instanceof $root.brook.v1.StoredEntry)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".brook.v1.StoredEntry: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.brook.v1.StoredEntry();
                if (d.entryId != null) {
                    if (typeof d.entryId === "object" ? d.entryId.low || d.entryId.high : $Number(d.entryId) !== 0) {
                        if ($util.Long)
                            m.entryId = $util.Long.fromValue(d.entryId, true);
                        else if (typeof d.entryId === "string")
                            m.entryId = $parseInt(d.entryId, 10);
                        else if (typeof d.entryId === "number")
                            m.entryId = d.entryId;
                        else if (typeof d.entryId === "object")
                            m.entryId = new $util.LongBits(d.entryId.low >>> 0, d.entryId.high >>> 0).toNumber(true);
                    }
                }
                if (d.data != null) {
                    if (d.data.length) {
                        if (typeof d.data === "string")
                            $util.base64.decode(d.data, m.data = $util.newBuffer($util.base64.length(d.data)), 0);
                        else if (d.data.length >= 0)
                            m.data = d.data;
                    }
                }
                if (d.crc32c != null) {
                    if ($Number(d.crc32c) !== 0) {
                        m.crc32c = d.crc32c >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a StoredEntry message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brook.v1.StoredEntry
             * @static
             * @param {brook.v1.StoredEntry} m StoredEntry
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StoredEntry.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.entryId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.entryId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if (o.bytes === $String)
                        d.data = "";
                    else {
                        d.data = [];
                        if (o.bytes !== $Array)
                            d.data = $util.newBuffer(d.data);
                    }
                    d.crc32c = 0;
                }
                if (m.entryId != null && $Object.hasOwnProperty.call(m, "entryId")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.entryId = typeof m.entryId === "number" ? $BigInt(m.entryId) : $util.Long.fromBits(m.entryId.low >>> 0, m.entryId.high >>> 0, true).toBigInt();
                    else if (typeof m.entryId === "number")
                        d.entryId = o.longs === $String ? $String(m.entryId) : m.entryId;
                    else
                        d.entryId = o.longs === $String ? $util.Long.prototype.toString.call(m.entryId) : o.longs === $Number ? new $util.LongBits(m.entryId.low >>> 0, m.entryId.high >>> 0).toNumber(true) : m.entryId;
                }
                if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                    d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
                }
                if (m.crc32c != null && $Object.hasOwnProperty.call(m, "crc32c")) {
                    d.crc32c = m.crc32c;
                }
                return d;
            };

            /**
             * Converts this StoredEntry to JSON.
             * @function toJSON
             * @memberof brook.v1.StoredEntry
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StoredEntry.prototype.toJSON = function() {
                return StoredEntry.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StoredEntry
             * @function getTypeUrl
             * @memberof brook.v1.StoredEntry
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StoredEntry.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brook.v1.StoredEntry";
            };

            return StoredEntry;
        })();

        v1.ReadLacRequest = (function() {

            /**
             * Properties of a ReadLacRequest.
             * @typedef {Object} brook.v1.ReadLacRequest.$Properties
             * @property {number|null} [ledgerId] ReadLacRequest ledgerId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReadLacRequest.
             * @memberof brook.v1
             * @interface IReadLacRequest
             * @augments brook.v1.ReadLacRequest.$Properties
             * @deprecated Use brook.v1.ReadLacRequest.$Properties instead.
             */

            /**
             * Shape of a ReadLacRequest.
             * @typedef {brook.v1.ReadLacRequest.$Properties} brook.v1.ReadLacRequest.$Shape
             */

            /**
             * Constructs a new ReadLacRequest.
             * @memberof brook.v1
             * @classdesc Represents a ReadLacRequest.
             * @constructor
             * @param {brook.v1.ReadLacRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ReadLacRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ReadLacRequest ledgerId.
             * @member {number} ledgerId
             * @memberof brook.v1.ReadLacRequest
             * @instance
             */
            ReadLacRequest.prototype.ledgerId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new ReadLacRequest instance using the specified properties.
             * @function create
             * @memberof brook.v1.ReadLacRequest
             * @static
             * @param {brook.v1.ReadLacRequest.$Properties=} [properties] Properties to set
             * @returns {brook.v1.ReadLacRequest} ReadLacRequest instance
             * @type {{
             *   (properties: brook.v1.ReadLacRequest.$Shape): brook.v1.ReadLacRequest & brook.v1.ReadLacRequest.$Shape;
             *   (properties?: brook.v1.ReadLacRequest.$Properties): brook.v1.ReadLacRequest;
             * }}
             */
            ReadLacRequest.create = function(properties) {
                return new ReadLacRequest(properties);
            };

            /**
             * Encodes the specified ReadLacRequest message. Does not implicitly {@link brook.v1.ReadLacRequest.verify|verify} messages.
             * @function encode
             * @memberof brook.v1.ReadLacRequest
             * @static
             * @param {brook.v1.ReadLacRequest.$Properties} m ReadLacRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReadLacRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ledgerId != null && $Object.hasOwnProperty.call(m, "ledgerId") && (typeof m.ledgerId === "object" ? m.ledgerId.low || m.ledgerId.high : m.ledgerId !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.ledgerId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ReadLacRequest message from the specified reader or buffer.
             * @function decode
             * @memberof brook.v1.ReadLacRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {brook.v1.ReadLacRequest & brook.v1.ReadLacRequest.$Shape} ReadLacRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReadLacRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.brook.v1.ReadLacRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.ledgerId = v;
                            else
                                delete m.ledgerId;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a ReadLacRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brook.v1.ReadLacRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {brook.v1.ReadLacRequest} ReadLacRequest
             */
            ReadLacRequest.fromObject = function (d, q) {
                if (d instanceof $root.brook.v1.ReadLacRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".brook.v1.ReadLacRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.brook.v1.ReadLacRequest();
                if (d.ledgerId != null) {
                    if (typeof d.ledgerId === "object" ? d.ledgerId.low || d.ledgerId.high : $Number(d.ledgerId) !== 0) {
                        if ($util.Long)
                            m.ledgerId = $util.Long.fromValue(d.ledgerId, true);
                        else if (typeof d.ledgerId === "string")
                            m.ledgerId = $parseInt(d.ledgerId, 10);
                        else if (typeof d.ledgerId === "number")
                            m.ledgerId = d.ledgerId;
                        else if (typeof d.ledgerId === "object")
                            m.ledgerId = new $util.LongBits(d.ledgerId.low >>> 0, d.ledgerId.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ReadLacRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brook.v1.ReadLacRequest
             * @static
             * @param {brook.v1.ReadLacRequest} m ReadLacRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReadLacRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.ledgerId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.ledgerId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.ledgerId != null && $Object.hasOwnProperty.call(m, "ledgerId")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.ledgerId = typeof m.ledgerId === "number" ? $BigInt(m.ledgerId) : $util.Long.fromBits(m.ledgerId.low >>> 0, m.ledgerId.high >>> 0, true).toBigInt();
                    else if (typeof m.ledgerId === "number")
                        d.ledgerId = o.longs === $String ? $String(m.ledgerId) : m.ledgerId;
                    else
                        d.ledgerId = o.longs === $String ? $util.Long.prototype.toString.call(m.ledgerId) : o.longs === $Number ? new $util.LongBits(m.ledgerId.low >>> 0, m.ledgerId.high >>> 0).toNumber(true) : m.ledgerId;
                }
                return d;
            };

            /**
             * Converts this ReadLacRequest to JSON.
             * @function toJSON
             * @memberof brook.v1.ReadLacRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReadLacRequest.prototype.toJSON = function() {
                return ReadLacRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ReadLacRequest
             * @function getTypeUrl
             * @memberof brook.v1.ReadLacRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReadLacRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brook.v1.ReadLacRequest";
            };

            return ReadLacRequest;
        })();

        v1.ReadLacResponse = (function() {

            /**
             * Properties of a ReadLacResponse.
             * @typedef {Object} brook.v1.ReadLacResponse.$Properties
             * @property {number|null} [lac] ReadLacResponse lac
             * @property {number|null} [lastEntryId] ReadLacResponse lastEntryId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReadLacResponse.
             * @memberof brook.v1
             * @interface IReadLacResponse
             * @augments brook.v1.ReadLacResponse.$Properties
             * @deprecated Use brook.v1.ReadLacResponse.$Properties instead.
             */

            /**
             * Shape of a ReadLacResponse.
             * @typedef {brook.v1.ReadLacResponse.$Properties} brook.v1.ReadLacResponse.$Shape
             */

            /**
             * Constructs a new ReadLacResponse.
             * @memberof brook.v1
             * @classdesc Represents a ReadLacResponse.
             * @constructor
             * @param {brook.v1.ReadLacResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ReadLacResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ReadLacResponse lac.
             * @member {number} lac
             * @memberof brook.v1.ReadLacResponse
             * @instance
             */
            ReadLacResponse.prototype.lac = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ReadLacResponse lastEntryId.
             * @member {number} lastEntryId
             * @memberof brook.v1.ReadLacResponse
             * @instance
             */
            ReadLacResponse.prototype.lastEntryId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new ReadLacResponse instance using the specified properties.
             * @function create
             * @memberof brook.v1.ReadLacResponse
             * @static
             * @param {brook.v1.ReadLacResponse.$Properties=} [properties] Properties to set
             * @returns {brook.v1.ReadLacResponse} ReadLacResponse instance
             * @type {{
             *   (properties: brook.v1.ReadLacResponse.$Shape): brook.v1.ReadLacResponse & brook.v1.ReadLacResponse.$Shape;
             *   (properties?: brook.v1.ReadLacResponse.$Properties): brook.v1.ReadLacResponse;
             * }}
             */
            ReadLacResponse.create = function(properties) {
                return new ReadLacResponse(properties);
            };

            /**
             * Encodes the specified ReadLacResponse message. Does not implicitly {@link brook.v1.ReadLacResponse.verify|verify} messages.
             * @function encode
             * @memberof brook.v1.ReadLacResponse
             * @static
             * @param {brook.v1.ReadLacResponse.$Properties} m ReadLacResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReadLacResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.lac != null && $Object.hasOwnProperty.call(m, "lac") && (typeof m.lac === "object" ? m.lac.low || m.lac.high : m.lac !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.lac);
                if (m.lastEntryId != null && $Object.hasOwnProperty.call(m, "lastEntryId") && (typeof m.lastEntryId === "object" ? m.lastEntryId.low || m.lastEntryId.high : m.lastEntryId !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).int64(m.lastEntryId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ReadLacResponse message from the specified reader or buffer.
             * @function decode
             * @memberof brook.v1.ReadLacResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {brook.v1.ReadLacResponse & brook.v1.ReadLacResponse.$Shape} ReadLacResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReadLacResponse.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.brook.v1.ReadLacResponse();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.lac = v;
                            else
                                delete m.lac;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.lastEntryId = v;
                            else
                                delete m.lastEntryId;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a ReadLacResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brook.v1.ReadLacResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {brook.v1.ReadLacResponse} ReadLacResponse
             */
            ReadLacResponse.fromObject = function (d, q) {
                if (d instanceof $root.brook.v1.ReadLacResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".brook.v1.ReadLacResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.brook.v1.ReadLacResponse();
                if (d.lac != null) {
                    if (typeof d.lac === "object" ? d.lac.low || d.lac.high : $Number(d.lac) !== 0) {
                        if ($util.Long)
                            m.lac = $util.Long.fromValue(d.lac, false);
                        else if (typeof d.lac === "string")
                            m.lac = $parseInt(d.lac, 10);
                        else if (typeof d.lac === "number")
                            m.lac = d.lac;
                        else if (typeof d.lac === "object")
                            m.lac = new $util.LongBits(d.lac.low >>> 0, d.lac.high >>> 0).toNumber();
                    }
                }
                if (d.lastEntryId != null) {
                    if (typeof d.lastEntryId === "object" ? d.lastEntryId.low || d.lastEntryId.high : $Number(d.lastEntryId) !== 0) {
                        if ($util.Long)
                            m.lastEntryId = $util.Long.fromValue(d.lastEntryId, false);
                        else if (typeof d.lastEntryId === "string")
                            m.lastEntryId = $parseInt(d.lastEntryId, 10);
                        else if (typeof d.lastEntryId === "number")
                            m.lastEntryId = d.lastEntryId;
                        else if (typeof d.lastEntryId === "object")
                            m.lastEntryId = new $util.LongBits(d.lastEntryId.low >>> 0, d.lastEntryId.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ReadLacResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brook.v1.ReadLacResponse
             * @static
             * @param {brook.v1.ReadLacResponse} m ReadLacResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReadLacResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.lac = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.lac = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.lastEntryId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.lastEntryId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.lac != null && $Object.hasOwnProperty.call(m, "lac")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.lac = typeof m.lac === "number" ? $BigInt(m.lac) : $util.Long.fromBits(m.lac.low >>> 0, m.lac.high >>> 0, false).toBigInt();
                    else if (typeof m.lac === "number")
                        d.lac = o.longs === $String ? $String(m.lac) : m.lac;
                    else
                        d.lac = o.longs === $String ? $util.Long.prototype.toString.call(m.lac) : o.longs === $Number ? new $util.LongBits(m.lac.low >>> 0, m.lac.high >>> 0).toNumber() : m.lac;
                }
                if (m.lastEntryId != null && $Object.hasOwnProperty.call(m, "lastEntryId")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.lastEntryId = typeof m.lastEntryId === "number" ? $BigInt(m.lastEntryId) : $util.Long.fromBits(m.lastEntryId.low >>> 0, m.lastEntryId.high >>> 0, false).toBigInt();
                    else if (typeof m.lastEntryId === "number")
                        d.lastEntryId = o.longs === $String ? $String(m.lastEntryId) : m.lastEntryId;
                    else
                        d.lastEntryId = o.longs === $String ? $util.Long.prototype.toString.call(m.lastEntryId) : o.longs === $Number ? new $util.LongBits(m.lastEntryId.low >>> 0, m.lastEntryId.high >>> 0).toNumber() : m.lastEntryId;
                }
                return d;
            };

            /**
             * Converts this ReadLacResponse to JSON.
             * @function toJSON
             * @memberof brook.v1.ReadLacResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReadLacResponse.prototype.toJSON = function() {
                return ReadLacResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ReadLacResponse
             * @function getTypeUrl
             * @memberof brook.v1.ReadLacResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReadLacResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brook.v1.ReadLacResponse";
            };

            return ReadLacResponse;
        })();

        v1.FenceRequest = (function() {

            /**
             * Properties of a FenceRequest.
             * @typedef {Object} brook.v1.FenceRequest.$Properties
             * @property {number|null} [ledgerId] FenceRequest ledgerId
             * @property {Uint8Array|null} [masterKey] FenceRequest masterKey
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FenceRequest.
             * @memberof brook.v1
             * @interface IFenceRequest
             * @augments brook.v1.FenceRequest.$Properties
             * @deprecated Use brook.v1.FenceRequest.$Properties instead.
             */

            /**
             * Shape of a FenceRequest.
             * @typedef {brook.v1.FenceRequest.$Properties} brook.v1.FenceRequest.$Shape
             */

            /**
             * Constructs a new FenceRequest.
             * @memberof brook.v1
             * @classdesc Represents a FenceRequest.
             * @constructor
             * @param {brook.v1.FenceRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var FenceRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * FenceRequest ledgerId.
             * @member {number} ledgerId
             * @memberof brook.v1.FenceRequest
             * @instance
             */
            FenceRequest.prototype.ledgerId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * FenceRequest masterKey.
             * @member {Uint8Array} masterKey
             * @memberof brook.v1.FenceRequest
             * @instance
             */
            FenceRequest.prototype.masterKey = $util.newBuffer([]);

            /**
             * Creates a new FenceRequest instance using the specified properties.
             * @function create
             * @memberof brook.v1.FenceRequest
             * @static
             * @param {brook.v1.FenceRequest.$Properties=} [properties] Properties to set
             * @returns {brook.v1.FenceRequest} FenceRequest instance
             * @type {{
             *   (properties: brook.v1.FenceRequest.$Shape): brook.v1.FenceRequest & brook.v1.FenceRequest.$Shape;
             *   (properties?: brook.v1.FenceRequest.$Properties): brook.v1.FenceRequest;
             * }}
             */
            FenceRequest.create = function(properties) {
                return new FenceRequest(properties);
            };

            /**
             * Encodes the specified FenceRequest message. Does not implicitly {@link brook.v1.FenceRequest.verify|verify} messages.
             * @function encode
             * @memberof brook.v1.FenceRequest
             * @static
             * @param {brook.v1.FenceRequest.$Properties} m FenceRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FenceRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ledgerId != null && $Object.hasOwnProperty.call(m, "ledgerId") && (typeof m.ledgerId === "object" ? m.ledgerId.low || m.ledgerId.high : m.ledgerId !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.ledgerId);
                if (m.masterKey != null && $Object.hasOwnProperty.call(m, "masterKey") && m.masterKey.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.masterKey);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a FenceRequest message from the specified reader or buffer.
             * @function decode
             * @memberof brook.v1.FenceRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {brook.v1.FenceRequest & brook.v1.FenceRequest.$Shape} FenceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FenceRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.brook.v1.FenceRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.ledgerId = v;
                            else
                                delete m.ledgerId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.masterKey = v;
                            else
                                delete m.masterKey;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a FenceRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brook.v1.FenceRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {brook.v1.FenceRequest} FenceRequest
             */
            FenceRequest.fromObject = function (d, q) {
                if (d instanceof $root.brook.v1.FenceRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".brook.v1.FenceRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.brook.v1.FenceRequest();
                if (d.ledgerId != null) {
                    if (typeof d.ledgerId === "object" ? d.ledgerId.low || d.ledgerId.high : $Number(d.ledgerId) !== 0) {
                        if ($util.Long)
                            m.ledgerId = $util.Long.fromValue(d.ledgerId, true);
                        else if (typeof d.ledgerId === "string")
                            m.ledgerId = $parseInt(d.ledgerId, 10);
                        else if (typeof d.ledgerId === "number")
                            m.ledgerId = d.ledgerId;
                        else if (typeof d.ledgerId === "object")
                            m.ledgerId = new $util.LongBits(d.ledgerId.low >>> 0, d.ledgerId.high >>> 0).toNumber(true);
                    }
                }
                if (d.masterKey != null) {
                    if (d.masterKey.length) {
                        if (typeof d.masterKey === "string")
                            $util.base64.decode(d.masterKey, m.masterKey = $util.newBuffer($util.base64.length(d.masterKey)), 0);
                        else if (d.masterKey.length >= 0)
                            m.masterKey = d.masterKey;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a FenceRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brook.v1.FenceRequest
             * @static
             * @param {brook.v1.FenceRequest} m FenceRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FenceRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.ledgerId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.ledgerId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if (o.bytes === $String)
                        d.masterKey = "";
                    else {
                        d.masterKey = [];
                        if (o.bytes !== $Array)
                            d.masterKey = $util.newBuffer(d.masterKey);
                    }
                }
                if (m.ledgerId != null && $Object.hasOwnProperty.call(m, "ledgerId")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.ledgerId = typeof m.ledgerId === "number" ? $BigInt(m.ledgerId) : $util.Long.fromBits(m.ledgerId.low >>> 0, m.ledgerId.high >>> 0, true).toBigInt();
                    else if (typeof m.ledgerId === "number")
                        d.ledgerId = o.longs === $String ? $String(m.ledgerId) : m.ledgerId;
                    else
                        d.ledgerId = o.longs === $String ? $util.Long.prototype.toString.call(m.ledgerId) : o.longs === $Number ? new $util.LongBits(m.ledgerId.low >>> 0, m.ledgerId.high >>> 0).toNumber(true) : m.ledgerId;
                }
                if (m.masterKey != null && $Object.hasOwnProperty.call(m, "masterKey")) {
                    d.masterKey = o.bytes === $String ? $util.base64.encode(m.masterKey, 0, m.masterKey.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.masterKey) : m.masterKey;
                }
                return d;
            };

            /**
             * Converts this FenceRequest to JSON.
             * @function toJSON
             * @memberof brook.v1.FenceRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FenceRequest.prototype.toJSON = function() {
                return FenceRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FenceRequest
             * @function getTypeUrl
             * @memberof brook.v1.FenceRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FenceRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brook.v1.FenceRequest";
            };

            return FenceRequest;
        })();

        v1.FenceResponse = (function() {

            /**
             * Properties of a FenceResponse.
             * @typedef {Object} brook.v1.FenceResponse.$Properties
             * @property {number|null} [lac] FenceResponse lac
             * @property {number|null} [lastEntryId] FenceResponse lastEntryId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FenceResponse.
             * @memberof brook.v1
             * @interface IFenceResponse
             * @augments brook.v1.FenceResponse.$Properties
             * @deprecated Use brook.v1.FenceResponse.$Properties instead.
             */

            /**
             * Shape of a FenceResponse.
             * @typedef {brook.v1.FenceResponse.$Properties} brook.v1.FenceResponse.$Shape
             */

            /**
             * Constructs a new FenceResponse.
             * @memberof brook.v1
             * @classdesc Represents a FenceResponse.
             * @constructor
             * @param {brook.v1.FenceResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var FenceResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * FenceResponse lac.
             * @member {number} lac
             * @memberof brook.v1.FenceResponse
             * @instance
             */
            FenceResponse.prototype.lac = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FenceResponse lastEntryId.
             * @member {number} lastEntryId
             * @memberof brook.v1.FenceResponse
             * @instance
             */
            FenceResponse.prototype.lastEntryId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new FenceResponse instance using the specified properties.
             * @function create
             * @memberof brook.v1.FenceResponse
             * @static
             * @param {brook.v1.FenceResponse.$Properties=} [properties] Properties to set
             * @returns {brook.v1.FenceResponse} FenceResponse instance
             * @type {{
             *   (properties: brook.v1.FenceResponse.$Shape): brook.v1.FenceResponse & brook.v1.FenceResponse.$Shape;
             *   (properties?: brook.v1.FenceResponse.$Properties): brook.v1.FenceResponse;
             * }}
             */
            FenceResponse.create = function(properties) {
                return new FenceResponse(properties);
            };

            /**
             * Encodes the specified FenceResponse message. Does not implicitly {@link brook.v1.FenceResponse.verify|verify} messages.
             * @function encode
             * @memberof brook.v1.FenceResponse
             * @static
             * @param {brook.v1.FenceResponse.$Properties} m FenceResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FenceResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.lac != null && $Object.hasOwnProperty.call(m, "lac") && (typeof m.lac === "object" ? m.lac.low || m.lac.high : m.lac !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.lac);
                if (m.lastEntryId != null && $Object.hasOwnProperty.call(m, "lastEntryId") && (typeof m.lastEntryId === "object" ? m.lastEntryId.low || m.lastEntryId.high : m.lastEntryId !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).int64(m.lastEntryId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a FenceResponse message from the specified reader or buffer.
             * @function decode
             * @memberof brook.v1.FenceResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {brook.v1.FenceResponse & brook.v1.FenceResponse.$Shape} FenceResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FenceResponse.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.brook.v1.FenceResponse();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.lac = v;
                            else
                                delete m.lac;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.lastEntryId = v;
                            else
                                delete m.lastEntryId;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a FenceResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brook.v1.FenceResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {brook.v1.FenceResponse} FenceResponse
             */
            FenceResponse.fromObject = function (d, q) {
                if (d instanceof $root.brook.v1.FenceResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".brook.v1.FenceResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.brook.v1.FenceResponse();
                if (d.lac != null) {
                    if (typeof d.lac === "object" ? d.lac.low || d.lac.high : $Number(d.lac) !== 0) {
                        if ($util.Long)
                            m.lac = $util.Long.fromValue(d.lac, false);
                        else if (typeof d.lac === "string")
                            m.lac = $parseInt(d.lac, 10);
                        else if (typeof d.lac === "number")
                            m.lac = d.lac;
                        else if (typeof d.lac === "object")
                            m.lac = new $util.LongBits(d.lac.low >>> 0, d.lac.high >>> 0).toNumber();
                    }
                }
                if (d.lastEntryId != null) {
                    if (typeof d.lastEntryId === "object" ? d.lastEntryId.low || d.lastEntryId.high : $Number(d.lastEntryId) !== 0) {
                        if ($util.Long)
                            m.lastEntryId = $util.Long.fromValue(d.lastEntryId, false);
                        else if (typeof d.lastEntryId === "string")
                            m.lastEntryId = $parseInt(d.lastEntryId, 10);
                        else if (typeof d.lastEntryId === "number")
                            m.lastEntryId = d.lastEntryId;
                        else if (typeof d.lastEntryId === "object")
                            m.lastEntryId = new $util.LongBits(d.lastEntryId.low >>> 0, d.lastEntryId.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a FenceResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brook.v1.FenceResponse
             * @static
             * @param {brook.v1.FenceResponse} m FenceResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FenceResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.lac = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.lac = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.lastEntryId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.lastEntryId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.lac != null && $Object.hasOwnProperty.call(m, "lac")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.lac = typeof m.lac === "number" ? $BigInt(m.lac) : $util.Long.fromBits(m.lac.low >>> 0, m.lac.high >>> 0, false).toBigInt();
                    else if (typeof m.lac === "number")
                        d.lac = o.longs === $String ? $String(m.lac) : m.lac;
                    else
                        d.lac = o.longs === $String ? $util.Long.prototype.toString.call(m.lac) : o.longs === $Number ? new $util.LongBits(m.lac.low >>> 0, m.lac.high >>> 0).toNumber() : m.lac;
                }
                if (m.lastEntryId != null && $Object.hasOwnProperty.call(m, "lastEntryId")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.lastEntryId = typeof m.lastEntryId === "number" ? $BigInt(m.lastEntryId) : $util.Long.fromBits(m.lastEntryId.low >>> 0, m.lastEntryId.high >>> 0, false).toBigInt();
                    else if (typeof m.lastEntryId === "number")
                        d.lastEntryId = o.longs === $String ? $String(m.lastEntryId) : m.lastEntryId;
                    else
                        d.lastEntryId = o.longs === $String ? $util.Long.prototype.toString.call(m.lastEntryId) : o.longs === $Number ? new $util.LongBits(m.lastEntryId.low >>> 0, m.lastEntryId.high >>> 0).toNumber() : m.lastEntryId;
                }
                return d;
            };

            /**
             * Converts this FenceResponse to JSON.
             * @function toJSON
             * @memberof brook.v1.FenceResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FenceResponse.prototype.toJSON = function() {
                return FenceResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FenceResponse
             * @function getTypeUrl
             * @memberof brook.v1.FenceResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FenceResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brook.v1.FenceResponse";
            };

            return FenceResponse;
        })();

        v1.Broker = (function() {

            /**
             * Constructs a new Broker service.
             * @memberof brook.v1
             * @classdesc Represents a Broker
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            var Broker = function(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            };

            $Object.defineProperty(Broker.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: Broker, writable: true, enumerable: false, configurable: true });

            /**
             * Creates new Broker service using the specified rpc implementation.
             * @function create
             * @memberof brook.v1.Broker
             * @static
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             * @returns {Broker} RPC service. Useful where requests and/or responses are streamed.
             */
            Broker.create = function(rpcImpl, requestDelimited, responseDelimited) {
                return new this(rpcImpl, requestDelimited, responseDelimited);
            };

            /**
             * Callback as used by {@link brook.v1.Broker#lookup}.
             * @memberof brook.v1.Broker
             * @typedef LookupCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {brook.v1.LookupResponse} [response] LookupResponse
             */

            /**
             * Calls Lookup.
             * @memberof brook.v1.Broker
             * @typedef Lookup
             * @type {{
             *   (request: brook.v1.ILookupRequest, callback: brook.v1.Broker.LookupCallback): void;
             *   (request: brook.v1.ILookupRequest): Promise<brook.v1.LookupResponse>;
             *   readonly name: "Lookup";
             *   readonly path: "/brook.v1.Broker/Lookup";
             *   readonly requestType: "LookupRequest";
             *   readonly responseType: "LookupResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls Lookup.
             * @name brook.v1.Broker#lookup
             * @type {brook.v1.Broker.Lookup}
             */
            $Object.defineProperties(Broker.prototype.lookup = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Broker.prototype.lookup, $root.brook.v1.LookupRequest, $root.brook.v1.LookupResponse, request, callback);
            }, {
                name: { value: "Lookup" },
                path: { value: "/brook.v1.Broker/Lookup" },
                requestType: { value: "LookupRequest" },
                responseType: { value: "LookupResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link brook.v1.Broker#publish}.
             * @memberof brook.v1.Broker
             * @typedef PublishCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {brook.v1.PublishResponse} [response] PublishResponse
             */

            /**
             * Calls Publish.
             * @memberof brook.v1.Broker
             * @typedef Publish
             * @type {{
             *   (request: brook.v1.IPublishRequest, callback: brook.v1.Broker.PublishCallback): void;
             *   (request: brook.v1.IPublishRequest): Promise<brook.v1.PublishResponse>;
             *   readonly name: "Publish";
             *   readonly path: "/brook.v1.Broker/Publish";
             *   readonly requestType: "PublishRequest";
             *   readonly responseType: "PublishResponse";
             *   readonly requestStream: true;
             *   readonly responseStream: true;
             * }}
             */

            /**
             * Calls Publish.
             * @name brook.v1.Broker#publish
             * @type {brook.v1.Broker.Publish}
             */
            $Object.defineProperties(Broker.prototype.publish = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Broker.prototype.publish, $root.brook.v1.PublishRequest, $root.brook.v1.PublishResponse, request, callback);
            }, {
                name: { value: "Publish" },
                path: { value: "/brook.v1.Broker/Publish" },
                requestType: { value: "PublishRequest" },
                responseType: { value: "PublishResponse" },
                requestStream: { value: true },
                responseStream: { value: true }
            });

            /**
             * Callback as used by {@link brook.v1.Broker#consume}.
             * @memberof brook.v1.Broker
             * @typedef ConsumeCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {brook.v1.ConsumeResponse} [response] ConsumeResponse
             */

            /**
             * Calls Consume.
             * @memberof brook.v1.Broker
             * @typedef Consume
             * @type {{
             *   (request: brook.v1.IConsumeRequest, callback: brook.v1.Broker.ConsumeCallback): void;
             *   (request: brook.v1.IConsumeRequest): Promise<brook.v1.ConsumeResponse>;
             *   readonly name: "Consume";
             *   readonly path: "/brook.v1.Broker/Consume";
             *   readonly requestType: "ConsumeRequest";
             *   readonly responseType: "ConsumeResponse";
             *   readonly requestStream: true;
             *   readonly responseStream: true;
             * }}
             */

            /**
             * Calls Consume.
             * @name brook.v1.Broker#consume
             * @type {brook.v1.Broker.Consume}
             */
            $Object.defineProperties(Broker.prototype.consume = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Broker.prototype.consume, $root.brook.v1.ConsumeRequest, $root.brook.v1.ConsumeResponse, request, callback);
            }, {
                name: { value: "Consume" },
                path: { value: "/brook.v1.Broker/Consume" },
                requestType: { value: "ConsumeRequest" },
                responseType: { value: "ConsumeResponse" },
                requestStream: { value: true },
                responseStream: { value: true }
            });

            return Broker;
        })();

        v1.Admin = (function() {

            /**
             * Constructs a new Admin service.
             * @memberof brook.v1
             * @classdesc Represents an Admin
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            var Admin = function(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            };

            $Object.defineProperty(Admin.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: Admin, writable: true, enumerable: false, configurable: true });

            /**
             * Creates new Admin service using the specified rpc implementation.
             * @function create
             * @memberof brook.v1.Admin
             * @static
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             * @returns {Admin} RPC service. Useful where requests and/or responses are streamed.
             */
            Admin.create = function(rpcImpl, requestDelimited, responseDelimited) {
                return new this(rpcImpl, requestDelimited, responseDelimited);
            };

            /**
             * Callback as used by {@link brook.v1.Admin#createTopic}.
             * @memberof brook.v1.Admin
             * @typedef CreateTopicCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {brook.v1.CreateTopicResponse} [response] CreateTopicResponse
             */

            /**
             * Calls CreateTopic.
             * @memberof brook.v1.Admin
             * @typedef CreateTopic
             * @type {{
             *   (request: brook.v1.ICreateTopicRequest, callback: brook.v1.Admin.CreateTopicCallback): void;
             *   (request: brook.v1.ICreateTopicRequest): Promise<brook.v1.CreateTopicResponse>;
             *   readonly name: "CreateTopic";
             *   readonly path: "/brook.v1.Admin/CreateTopic";
             *   readonly requestType: "CreateTopicRequest";
             *   readonly responseType: "CreateTopicResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls CreateTopic.
             * @name brook.v1.Admin#createTopic
             * @type {brook.v1.Admin.CreateTopic}
             */
            $Object.defineProperties(Admin.prototype.createTopic = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Admin.prototype.createTopic, $root.brook.v1.CreateTopicRequest, $root.brook.v1.CreateTopicResponse, request, callback);
            }, {
                name: { value: "CreateTopic" },
                path: { value: "/brook.v1.Admin/CreateTopic" },
                requestType: { value: "CreateTopicRequest" },
                responseType: { value: "CreateTopicResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link brook.v1.Admin#deleteTopic}.
             * @memberof brook.v1.Admin
             * @typedef DeleteTopicCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {brook.v1.DeleteTopicResponse} [response] DeleteTopicResponse
             */

            /**
             * Calls DeleteTopic.
             * @memberof brook.v1.Admin
             * @typedef DeleteTopic
             * @type {{
             *   (request: brook.v1.IDeleteTopicRequest, callback: brook.v1.Admin.DeleteTopicCallback): void;
             *   (request: brook.v1.IDeleteTopicRequest): Promise<brook.v1.DeleteTopicResponse>;
             *   readonly name: "DeleteTopic";
             *   readonly path: "/brook.v1.Admin/DeleteTopic";
             *   readonly requestType: "DeleteTopicRequest";
             *   readonly responseType: "DeleteTopicResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls DeleteTopic.
             * @name brook.v1.Admin#deleteTopic
             * @type {brook.v1.Admin.DeleteTopic}
             */
            $Object.defineProperties(Admin.prototype.deleteTopic = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Admin.prototype.deleteTopic, $root.brook.v1.DeleteTopicRequest, $root.brook.v1.DeleteTopicResponse, request, callback);
            }, {
                name: { value: "DeleteTopic" },
                path: { value: "/brook.v1.Admin/DeleteTopic" },
                requestType: { value: "DeleteTopicRequest" },
                responseType: { value: "DeleteTopicResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link brook.v1.Admin#listTopics}.
             * @memberof brook.v1.Admin
             * @typedef ListTopicsCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {brook.v1.ListTopicsResponse} [response] ListTopicsResponse
             */

            /**
             * Calls ListTopics.
             * @memberof brook.v1.Admin
             * @typedef ListTopics
             * @type {{
             *   (request: brook.v1.IListTopicsRequest, callback: brook.v1.Admin.ListTopicsCallback): void;
             *   (request: brook.v1.IListTopicsRequest): Promise<brook.v1.ListTopicsResponse>;
             *   readonly name: "ListTopics";
             *   readonly path: "/brook.v1.Admin/ListTopics";
             *   readonly requestType: "ListTopicsRequest";
             *   readonly responseType: "ListTopicsResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls ListTopics.
             * @name brook.v1.Admin#listTopics
             * @type {brook.v1.Admin.ListTopics}
             */
            $Object.defineProperties(Admin.prototype.listTopics = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Admin.prototype.listTopics, $root.brook.v1.ListTopicsRequest, $root.brook.v1.ListTopicsResponse, request, callback);
            }, {
                name: { value: "ListTopics" },
                path: { value: "/brook.v1.Admin/ListTopics" },
                requestType: { value: "ListTopicsRequest" },
                responseType: { value: "ListTopicsResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link brook.v1.Admin#getTopicStats}.
             * @memberof brook.v1.Admin
             * @typedef GetTopicStatsCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {brook.v1.TopicStats} [response] TopicStats
             */

            /**
             * Calls GetTopicStats.
             * @memberof brook.v1.Admin
             * @typedef GetTopicStats
             * @type {{
             *   (request: brook.v1.IGetTopicStatsRequest, callback: brook.v1.Admin.GetTopicStatsCallback): void;
             *   (request: brook.v1.IGetTopicStatsRequest): Promise<brook.v1.TopicStats>;
             *   readonly name: "GetTopicStats";
             *   readonly path: "/brook.v1.Admin/GetTopicStats";
             *   readonly requestType: "GetTopicStatsRequest";
             *   readonly responseType: "TopicStats";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls GetTopicStats.
             * @name brook.v1.Admin#getTopicStats
             * @type {brook.v1.Admin.GetTopicStats}
             */
            $Object.defineProperties(Admin.prototype.getTopicStats = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Admin.prototype.getTopicStats, $root.brook.v1.GetTopicStatsRequest, $root.brook.v1.TopicStats, request, callback);
            }, {
                name: { value: "GetTopicStats" },
                path: { value: "/brook.v1.Admin/GetTopicStats" },
                requestType: { value: "GetTopicStatsRequest" },
                responseType: { value: "TopicStats" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            return Admin;
        })();

        v1.LookupRequest = (function() {

            /**
             * Properties of a LookupRequest.
             * @typedef {Object} brook.v1.LookupRequest.$Properties
             * @property {string|null} [topic] LookupRequest topic
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LookupRequest.
             * @memberof brook.v1
             * @interface ILookupRequest
             * @augments brook.v1.LookupRequest.$Properties
             * @deprecated Use brook.v1.LookupRequest.$Properties instead.
             */

            /**
             * Shape of a LookupRequest.
             * @typedef {brook.v1.LookupRequest.$Properties} brook.v1.LookupRequest.$Shape
             */

            /**
             * Constructs a new LookupRequest.
             * @memberof brook.v1
             * @classdesc Represents a LookupRequest.
             * @constructor
             * @param {brook.v1.LookupRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var LookupRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * LookupRequest topic.
             * @member {string} topic
             * @memberof brook.v1.LookupRequest
             * @instance
             */
            LookupRequest.prototype.topic = "";

            /**
             * Creates a new LookupRequest instance using the specified properties.
             * @function create
             * @memberof brook.v1.LookupRequest
             * @static
             * @param {brook.v1.LookupRequest.$Properties=} [properties] Properties to set
             * @returns {brook.v1.LookupRequest} LookupRequest instance
             * @type {{
             *   (properties: brook.v1.LookupRequest.$Shape): brook.v1.LookupRequest & brook.v1.LookupRequest.$Shape;
             *   (properties?: brook.v1.LookupRequest.$Properties): brook.v1.LookupRequest;
             * }}
             */
            LookupRequest.create = function(properties) {
                return new LookupRequest(properties);
            };

            /**
             * Encodes the specified LookupRequest message. Does not implicitly {@link brook.v1.LookupRequest.verify|verify} messages.
             * @function encode
             * @memberof brook.v1.LookupRequest
             * @static
             * @param {brook.v1.LookupRequest.$Properties} m LookupRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LookupRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.topic != null && $Object.hasOwnProperty.call(m, "topic") && m.topic !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.topic);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a LookupRequest message from the specified reader or buffer.
             * @function decode
             * @memberof brook.v1.LookupRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {brook.v1.LookupRequest & brook.v1.LookupRequest.$Shape} LookupRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LookupRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.brook.v1.LookupRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.topic = v;
                            else
                                delete m.topic;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a LookupRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brook.v1.LookupRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {brook.v1.LookupRequest} LookupRequest
             */
            LookupRequest.fromObject = function (d, q) {
                if (d instanceof $root.brook.v1.LookupRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".brook.v1.LookupRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.brook.v1.LookupRequest();
                if (d.topic != null) {
                    if (typeof d.topic !== "string" || d.topic.length) {
                        m.topic = $String(d.topic);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a LookupRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brook.v1.LookupRequest
             * @static
             * @param {brook.v1.LookupRequest} m LookupRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LookupRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.topic = "";
                }
                if (m.topic != null && $Object.hasOwnProperty.call(m, "topic")) {
                    d.topic = m.topic;
                }
                return d;
            };

            /**
             * Converts this LookupRequest to JSON.
             * @function toJSON
             * @memberof brook.v1.LookupRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LookupRequest.prototype.toJSON = function() {
                return LookupRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LookupRequest
             * @function getTypeUrl
             * @memberof brook.v1.LookupRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LookupRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brook.v1.LookupRequest";
            };

            return LookupRequest;
        })();

        v1.LookupResponse = (function() {

            /**
             * Properties of a LookupResponse.
             * @typedef {Object} brook.v1.LookupResponse.$Properties
             * @property {string|null} [brokerUrl] LookupResponse brokerUrl
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LookupResponse.
             * @memberof brook.v1
             * @interface ILookupResponse
             * @augments brook.v1.LookupResponse.$Properties
             * @deprecated Use brook.v1.LookupResponse.$Properties instead.
             */

            /**
             * Shape of a LookupResponse.
             * @typedef {brook.v1.LookupResponse.$Properties} brook.v1.LookupResponse.$Shape
             */

            /**
             * Constructs a new LookupResponse.
             * @memberof brook.v1
             * @classdesc Represents a LookupResponse.
             * @constructor
             * @param {brook.v1.LookupResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var LookupResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * LookupResponse brokerUrl.
             * @member {string} brokerUrl
             * @memberof brook.v1.LookupResponse
             * @instance
             */
            LookupResponse.prototype.brokerUrl = "";

            /**
             * Creates a new LookupResponse instance using the specified properties.
             * @function create
             * @memberof brook.v1.LookupResponse
             * @static
             * @param {brook.v1.LookupResponse.$Properties=} [properties] Properties to set
             * @returns {brook.v1.LookupResponse} LookupResponse instance
             * @type {{
             *   (properties: brook.v1.LookupResponse.$Shape): brook.v1.LookupResponse & brook.v1.LookupResponse.$Shape;
             *   (properties?: brook.v1.LookupResponse.$Properties): brook.v1.LookupResponse;
             * }}
             */
            LookupResponse.create = function(properties) {
                return new LookupResponse(properties);
            };

            /**
             * Encodes the specified LookupResponse message. Does not implicitly {@link brook.v1.LookupResponse.verify|verify} messages.
             * @function encode
             * @memberof brook.v1.LookupResponse
             * @static
             * @param {brook.v1.LookupResponse.$Properties} m LookupResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LookupResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.brokerUrl != null && $Object.hasOwnProperty.call(m, "brokerUrl") && m.brokerUrl !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.brokerUrl);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a LookupResponse message from the specified reader or buffer.
             * @function decode
             * @memberof brook.v1.LookupResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {brook.v1.LookupResponse & brook.v1.LookupResponse.$Shape} LookupResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LookupResponse.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.brook.v1.LookupResponse();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.brokerUrl = v;
                            else
                                delete m.brokerUrl;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a LookupResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brook.v1.LookupResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {brook.v1.LookupResponse} LookupResponse
             */
            LookupResponse.fromObject = function (d, q) {
                if (d instanceof $root.brook.v1.LookupResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".brook.v1.LookupResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.brook.v1.LookupResponse();
                if (d.brokerUrl != null) {
                    if (typeof d.brokerUrl !== "string" || d.brokerUrl.length) {
                        m.brokerUrl = $String(d.brokerUrl);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a LookupResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brook.v1.LookupResponse
             * @static
             * @param {brook.v1.LookupResponse} m LookupResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LookupResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.brokerUrl = "";
                }
                if (m.brokerUrl != null && $Object.hasOwnProperty.call(m, "brokerUrl")) {
                    d.brokerUrl = m.brokerUrl;
                }
                return d;
            };

            /**
             * Converts this LookupResponse to JSON.
             * @function toJSON
             * @memberof brook.v1.LookupResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LookupResponse.prototype.toJSON = function() {
                return LookupResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LookupResponse
             * @function getTypeUrl
             * @memberof brook.v1.LookupResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LookupResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brook.v1.LookupResponse";
            };

            return LookupResponse;
        })();

        v1.PublishRequest = (function() {

            /**
             * Properties of a PublishRequest.
             * @typedef {Object} brook.v1.PublishRequest.$Properties
             * @property {brook.v1.OpenProducer.$Properties|null} [open] PublishRequest open
             * @property {brook.v1.PublishBatches.$Properties|null} [batches] PublishRequest batches
             * @property {"open"|"batches"} [kind] PublishRequest kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PublishRequest.
             * @memberof brook.v1
             * @interface IPublishRequest
             * @augments brook.v1.PublishRequest.$Properties
             * @deprecated Use brook.v1.PublishRequest.$Properties instead.
             */

            /**
             * Narrowed shape of a PublishRequest.
             * @typedef {{
             *   open?: brook.v1.OpenProducer.$Shape|null;
             *   batches?: brook.v1.PublishBatches.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; open?: null; batches?: null }|{ kind?: "open"; open: brook.v1.OpenProducer.$Shape; batches?: null }|{ kind?: "batches"; open?: null; batches: brook.v1.PublishBatches.$Shape })
             * )} brook.v1.PublishRequest.$Shape
             */

            /**
             * Constructs a new PublishRequest.
             * @memberof brook.v1
             * @classdesc Represents a PublishRequest.
             * @constructor
             * @param {brook.v1.PublishRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var PublishRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PublishRequest open.
             * @member {brook.v1.OpenProducer.$Properties|null|undefined} open
             * @memberof brook.v1.PublishRequest
             * @instance
             */
            PublishRequest.prototype.open = null;

            /**
             * PublishRequest batches.
             * @member {brook.v1.PublishBatches.$Properties|null|undefined} batches
             * @memberof brook.v1.PublishRequest
             * @instance
             */
            PublishRequest.prototype.batches = null;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            /**
             * PublishRequest kind.
             * @member {"open"|"batches"|undefined} kind
             * @memberof brook.v1.PublishRequest
             * @instance
             */
            $Object.defineProperty(PublishRequest.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["open", "batches"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new PublishRequest instance using the specified properties.
             * @function create
             * @memberof brook.v1.PublishRequest
             * @static
             * @param {brook.v1.PublishRequest.$Properties=} [properties] Properties to set
             * @returns {brook.v1.PublishRequest} PublishRequest instance
             * @type {{
             *   (properties: brook.v1.PublishRequest.$Shape): brook.v1.PublishRequest & brook.v1.PublishRequest.$Shape;
             *   (properties?: brook.v1.PublishRequest.$Properties): brook.v1.PublishRequest;
             * }}
             */
            PublishRequest.create = function(properties) {
                return new PublishRequest(properties);
            };

            /**
             * Encodes the specified PublishRequest message. Does not implicitly {@link brook.v1.PublishRequest.verify|verify} messages.
             * @function encode
             * @memberof brook.v1.PublishRequest
             * @static
             * @param {brook.v1.PublishRequest.$Properties} m PublishRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PublishRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.open != null && $Object.hasOwnProperty.call(m, "open"))
                    $root.brook.v1.OpenProducer.encode(m.open, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.batches != null && $Object.hasOwnProperty.call(m, "batches"))
                    $root.brook.v1.PublishBatches.encode(m.batches, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a PublishRequest message from the specified reader or buffer.
             * @function decode
             * @memberof brook.v1.PublishRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {brook.v1.PublishRequest & brook.v1.PublishRequest.$Shape} PublishRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PublishRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.brook.v1.PublishRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.open = $root.brook.v1.OpenProducer.decode(r, r.size(), $undefined, q + 1, m.open);
                            m.kind = "open";
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.batches = $root.brook.v1.PublishBatches.decode(r, r.size(), $undefined, q + 1, m.batches);
                            m.kind = "batches";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a PublishRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brook.v1.PublishRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {brook.v1.PublishRequest} PublishRequest
             */
            PublishRequest.fromObject = function (d, q) {
                if (d instanceof $root.brook.v1.PublishRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".brook.v1.PublishRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.brook.v1.PublishRequest();
                if (d.open != null) {
                    if (!$util.isObject(d.open))
                        throw $TypeError(".brook.v1.PublishRequest.open: object expected");
                    m.open = $root.brook.v1.OpenProducer.fromObject(d.open, q + 1);
                }
                if (d.batches != null) {
                    if (!$util.isObject(d.batches))
                        throw $TypeError(".brook.v1.PublishRequest.batches: object expected");
                    m.batches = $root.brook.v1.PublishBatches.fromObject(d.batches, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a PublishRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brook.v1.PublishRequest
             * @static
             * @param {brook.v1.PublishRequest} m PublishRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PublishRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (m.open != null && $Object.hasOwnProperty.call(m, "open")) {
                    d.open = $root.brook.v1.OpenProducer.toObject(m.open, o, q + 1);
                    if (o.oneofs)
                        d.kind = "open";
                }
                if (m.batches != null && $Object.hasOwnProperty.call(m, "batches")) {
                    d.batches = $root.brook.v1.PublishBatches.toObject(m.batches, o, q + 1);
                    if (o.oneofs)
                        d.kind = "batches";
                }
                return d;
            };

            /**
             * Converts this PublishRequest to JSON.
             * @function toJSON
             * @memberof brook.v1.PublishRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PublishRequest.prototype.toJSON = function() {
                return PublishRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PublishRequest
             * @function getTypeUrl
             * @memberof brook.v1.PublishRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PublishRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brook.v1.PublishRequest";
            };

            return PublishRequest;
        })();

        v1.OpenProducer = (function() {

            /**
             * Properties of an OpenProducer.
             * @typedef {Object} brook.v1.OpenProducer.$Properties
             * @property {string|null} [topic] OpenProducer topic
             * @property {string|null} [producerName] OpenProducer producerName
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OpenProducer.
             * @memberof brook.v1
             * @interface IOpenProducer
             * @augments brook.v1.OpenProducer.$Properties
             * @deprecated Use brook.v1.OpenProducer.$Properties instead.
             */

            /**
             * Shape of an OpenProducer.
             * @typedef {brook.v1.OpenProducer.$Properties} brook.v1.OpenProducer.$Shape
             */

            /**
             * Constructs a new OpenProducer.
             * @memberof brook.v1
             * @classdesc Represents an OpenProducer.
             * @constructor
             * @param {brook.v1.OpenProducer.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var OpenProducer = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * OpenProducer topic.
             * @member {string} topic
             * @memberof brook.v1.OpenProducer
             * @instance
             */
            OpenProducer.prototype.topic = "";

            /**
             * OpenProducer producerName.
             * @member {string} producerName
             * @memberof brook.v1.OpenProducer
             * @instance
             */
            OpenProducer.prototype.producerName = "";

            /**
             * Creates a new OpenProducer instance using the specified properties.
             * @function create
             * @memberof brook.v1.OpenProducer
             * @static
             * @param {brook.v1.OpenProducer.$Properties=} [properties] Properties to set
             * @returns {brook.v1.OpenProducer} OpenProducer instance
             * @type {{
             *   (properties: brook.v1.OpenProducer.$Shape): brook.v1.OpenProducer & brook.v1.OpenProducer.$Shape;
             *   (properties?: brook.v1.OpenProducer.$Properties): brook.v1.OpenProducer;
             * }}
             */
            OpenProducer.create = function(properties) {
                return new OpenProducer(properties);
            };

            /**
             * Encodes the specified OpenProducer message. Does not implicitly {@link brook.v1.OpenProducer.verify|verify} messages.
             * @function encode
             * @memberof brook.v1.OpenProducer
             * @static
             * @param {brook.v1.OpenProducer.$Properties} m OpenProducer message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OpenProducer.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.topic != null && $Object.hasOwnProperty.call(m, "topic") && m.topic !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.topic);
                if (m.producerName != null && $Object.hasOwnProperty.call(m, "producerName") && m.producerName !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.producerName);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an OpenProducer message from the specified reader or buffer.
             * @function decode
             * @memberof brook.v1.OpenProducer
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {brook.v1.OpenProducer & brook.v1.OpenProducer.$Shape} OpenProducer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OpenProducer.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.brook.v1.OpenProducer();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.topic = v;
                            else
                                delete m.topic;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.producerName = v;
                            else
                                delete m.producerName;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an OpenProducer message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brook.v1.OpenProducer
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {brook.v1.OpenProducer} OpenProducer
             */
            OpenProducer.fromObject = function (d, q) {
                if (d instanceof $root.brook.v1.OpenProducer)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".brook.v1.OpenProducer: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.brook.v1.OpenProducer();
                if (d.topic != null) {
                    if (typeof d.topic !== "string" || d.topic.length) {
                        m.topic = $String(d.topic);
                    }
                }
                if (d.producerName != null) {
                    if (typeof d.producerName !== "string" || d.producerName.length) {
                        m.producerName = $String(d.producerName);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an OpenProducer message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brook.v1.OpenProducer
             * @static
             * @param {brook.v1.OpenProducer} m OpenProducer
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            OpenProducer.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.topic = "";
                    d.producerName = "";
                }
                if (m.topic != null && $Object.hasOwnProperty.call(m, "topic")) {
                    d.topic = m.topic;
                }
                if (m.producerName != null && $Object.hasOwnProperty.call(m, "producerName")) {
                    d.producerName = m.producerName;
                }
                return d;
            };

            /**
             * Converts this OpenProducer to JSON.
             * @function toJSON
             * @memberof brook.v1.OpenProducer
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            OpenProducer.prototype.toJSON = function() {
                return OpenProducer.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for OpenProducer
             * @function getTypeUrl
             * @memberof brook.v1.OpenProducer
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            OpenProducer.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brook.v1.OpenProducer";
            };

            return OpenProducer;
        })();

        v1.PublishBatches = (function() {

            /**
             * Properties of a PublishBatches.
             * @typedef {Object} brook.v1.PublishBatches.$Properties
             * @property {Array.<brook.v1.PublishBatch.$Properties>|null} [batches] PublishBatches batches
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PublishBatches.
             * @memberof brook.v1
             * @interface IPublishBatches
             * @augments brook.v1.PublishBatches.$Properties
             * @deprecated Use brook.v1.PublishBatches.$Properties instead.
             */

            /**
             * Shape of a PublishBatches.
             * @typedef {brook.v1.PublishBatches.$Properties} brook.v1.PublishBatches.$Shape
             */

            /**
             * Constructs a new PublishBatches.
             * @memberof brook.v1
             * @classdesc Represents a PublishBatches.
             * @constructor
             * @param {brook.v1.PublishBatches.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var PublishBatches = function (p) {
                this.batches = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PublishBatches batches.
             * @member {Array.<brook.v1.PublishBatch.$Properties>} batches
             * @memberof brook.v1.PublishBatches
             * @instance
             */
            PublishBatches.prototype.batches = $util.emptyArray;

            /**
             * Creates a new PublishBatches instance using the specified properties.
             * @function create
             * @memberof brook.v1.PublishBatches
             * @static
             * @param {brook.v1.PublishBatches.$Properties=} [properties] Properties to set
             * @returns {brook.v1.PublishBatches} PublishBatches instance
             * @type {{
             *   (properties: brook.v1.PublishBatches.$Shape): brook.v1.PublishBatches & brook.v1.PublishBatches.$Shape;
             *   (properties?: brook.v1.PublishBatches.$Properties): brook.v1.PublishBatches;
             * }}
             */
            PublishBatches.create = function(properties) {
                return new PublishBatches(properties);
            };

            /**
             * Encodes the specified PublishBatches message. Does not implicitly {@link brook.v1.PublishBatches.verify|verify} messages.
             * @function encode
             * @memberof brook.v1.PublishBatches
             * @static
             * @param {brook.v1.PublishBatches.$Properties} m PublishBatches message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PublishBatches.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.batches != null && m.batches.length) {
                    for (var i = 0; i < m.batches.length; ++i)
                        $root.brook.v1.PublishBatch.encode(m.batches[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a PublishBatches message from the specified reader or buffer.
             * @function decode
             * @memberof brook.v1.PublishBatches
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {brook.v1.PublishBatches & brook.v1.PublishBatches.$Shape} PublishBatches
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PublishBatches.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.brook.v1.PublishBatches();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.batches && m.batches.length))
                                m.batches = [];
                            m.batches.push($root.brook.v1.PublishBatch.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a PublishBatches message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brook.v1.PublishBatches
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {brook.v1.PublishBatches} PublishBatches
             */
            PublishBatches.fromObject = function (d, q) {
                if (d instanceof $root.brook.v1.PublishBatches)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".brook.v1.PublishBatches: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.brook.v1.PublishBatches();
                if (d.batches) {
                    if (!$Array.isArray(d.batches))
                        throw $TypeError(".brook.v1.PublishBatches.batches: array expected");
                    m.batches = $Array(d.batches.length);
                    for (var i = 0; i < d.batches.length; ++i) {
                        if (!$util.isObject(d.batches[i]))
                            throw $TypeError(".brook.v1.PublishBatches.batches: object expected");
                        m.batches[i] = $root.brook.v1.PublishBatch.fromObject(d.batches[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a PublishBatches message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brook.v1.PublishBatches
             * @static
             * @param {brook.v1.PublishBatches} m PublishBatches
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PublishBatches.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.batches = [];
                }
                if (m.batches && m.batches.length) {
                    d.batches = $Array(m.batches.length);
                    for (var j = 0; j < m.batches.length; ++j) {
                        d.batches[j] = $root.brook.v1.PublishBatch.toObject(m.batches[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this PublishBatches to JSON.
             * @function toJSON
             * @memberof brook.v1.PublishBatches
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PublishBatches.prototype.toJSON = function() {
                return PublishBatches.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PublishBatches
             * @function getTypeUrl
             * @memberof brook.v1.PublishBatches
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PublishBatches.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brook.v1.PublishBatches";
            };

            return PublishBatches;
        })();

        v1.PublishBatch = (function() {

            /**
             * Properties of a PublishBatch.
             * @typedef {Object} brook.v1.PublishBatch.$Properties
             * @property {number|null} [sequenceId] PublishBatch sequenceId
             * @property {number|null} [messageCount] PublishBatch messageCount
             * @property {brook.v1.Codec|null} [codec] PublishBatch codec
             * @property {number|null} [uncompressedSize] PublishBatch uncompressedSize
             * @property {number|null} [payloadCrc32c] PublishBatch payloadCrc32c
             * @property {Uint8Array|null} [payload] PublishBatch payload
             * @property {string|null} [key] PublishBatch key
             * @property {number|null} [deliverAt] PublishBatch deliverAt
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PublishBatch.
             * @memberof brook.v1
             * @interface IPublishBatch
             * @augments brook.v1.PublishBatch.$Properties
             * @deprecated Use brook.v1.PublishBatch.$Properties instead.
             */

            /**
             * Shape of a PublishBatch.
             * @typedef {brook.v1.PublishBatch.$Properties} brook.v1.PublishBatch.$Shape
             */

            /**
             * Constructs a new PublishBatch.
             * @memberof brook.v1
             * @classdesc Represents a PublishBatch.
             * @constructor
             * @param {brook.v1.PublishBatch.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var PublishBatch = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PublishBatch sequenceId.
             * @member {number} sequenceId
             * @memberof brook.v1.PublishBatch
             * @instance
             */
            PublishBatch.prototype.sequenceId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PublishBatch messageCount.
             * @member {number} messageCount
             * @memberof brook.v1.PublishBatch
             * @instance
             */
            PublishBatch.prototype.messageCount = 0;

            /**
             * PublishBatch codec.
             * @member {brook.v1.Codec} codec
             * @memberof brook.v1.PublishBatch
             * @instance
             */
            PublishBatch.prototype.codec = 0;

            /**
             * PublishBatch uncompressedSize.
             * @member {number} uncompressedSize
             * @memberof brook.v1.PublishBatch
             * @instance
             */
            PublishBatch.prototype.uncompressedSize = 0;

            /**
             * PublishBatch payloadCrc32c.
             * @member {number} payloadCrc32c
             * @memberof brook.v1.PublishBatch
             * @instance
             */
            PublishBatch.prototype.payloadCrc32c = 0;

            /**
             * PublishBatch payload.
             * @member {Uint8Array} payload
             * @memberof brook.v1.PublishBatch
             * @instance
             */
            PublishBatch.prototype.payload = $util.newBuffer([]);

            /**
             * PublishBatch key.
             * @member {string|null|undefined} key
             * @memberof brook.v1.PublishBatch
             * @instance
             */
            PublishBatch.prototype.key = null;

            /**
             * PublishBatch deliverAt.
             * @member {number} deliverAt
             * @memberof brook.v1.PublishBatch
             * @instance
             */
            PublishBatch.prototype.deliverAt = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PublishBatch.prototype, "_key", {
                get: $util.oneOfGetter($oneOfFields = ["key"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new PublishBatch instance using the specified properties.
             * @function create
             * @memberof brook.v1.PublishBatch
             * @static
             * @param {brook.v1.PublishBatch.$Properties=} [properties] Properties to set
             * @returns {brook.v1.PublishBatch} PublishBatch instance
             * @type {{
             *   (properties: brook.v1.PublishBatch.$Shape): brook.v1.PublishBatch & brook.v1.PublishBatch.$Shape;
             *   (properties?: brook.v1.PublishBatch.$Properties): brook.v1.PublishBatch;
             * }}
             */
            PublishBatch.create = function(properties) {
                return new PublishBatch(properties);
            };

            /**
             * Encodes the specified PublishBatch message. Does not implicitly {@link brook.v1.PublishBatch.verify|verify} messages.
             * @function encode
             * @memberof brook.v1.PublishBatch
             * @static
             * @param {brook.v1.PublishBatch.$Properties} m PublishBatch message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PublishBatch.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.sequenceId != null && $Object.hasOwnProperty.call(m, "sequenceId") && (typeof m.sequenceId === "object" ? m.sequenceId.low || m.sequenceId.high : m.sequenceId !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.sequenceId);
                if (m.messageCount != null && $Object.hasOwnProperty.call(m, "messageCount") && m.messageCount !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.messageCount);
                if (m.codec != null && $Object.hasOwnProperty.call(m, "codec") && m.codec !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).int32(m.codec);
                if (m.uncompressedSize != null && $Object.hasOwnProperty.call(m, "uncompressedSize") && m.uncompressedSize !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.uncompressedSize);
                if (m.payloadCrc32c != null && $Object.hasOwnProperty.call(m, "payloadCrc32c") && m.payloadCrc32c !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).uint32(m.payloadCrc32c);
                if (m.payload != null && $Object.hasOwnProperty.call(m, "payload") && m.payload.length)
                    w.uint32(/* id 6, wireType 2 =*/50).bytes(m.payload);
                if (m.key != null && $Object.hasOwnProperty.call(m, "key"))
                    w.uint32(/* id 7, wireType 2 =*/58).string(m.key);
                if (m.deliverAt != null && $Object.hasOwnProperty.call(m, "deliverAt") && (typeof m.deliverAt === "object" ? m.deliverAt.low || m.deliverAt.high : m.deliverAt !== 0))
                    w.uint32(/* id 8, wireType 0 =*/64).uint64(m.deliverAt);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a PublishBatch message from the specified reader or buffer.
             * @function decode
             * @memberof brook.v1.PublishBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {brook.v1.PublishBatch & brook.v1.PublishBatch.$Shape} PublishBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PublishBatch.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.brook.v1.PublishBatch();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.sequenceId = v;
                            else
                                delete m.sequenceId;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.messageCount = v;
                            else
                                delete m.messageCount;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.codec = v;
                            else
                                delete m.codec;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.uncompressedSize = v;
                            else
                                delete m.uncompressedSize;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.payloadCrc32c = v;
                            else
                                delete m.payloadCrc32c;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.payload = v;
                            else
                                delete m.payload;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            m.key = r.stringVerify();
                            m._key = "key";
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.deliverAt = v;
                            else
                                delete m.deliverAt;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a PublishBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brook.v1.PublishBatch
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {brook.v1.PublishBatch} PublishBatch
             */
            PublishBatch.fromObject = function (d, q) {
                if (d instanceof $root.brook.v1.PublishBatch)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".brook.v1.PublishBatch: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.brook.v1.PublishBatch();
                if (d.sequenceId != null) {
                    if (typeof d.sequenceId === "object" ? d.sequenceId.low || d.sequenceId.high : $Number(d.sequenceId) !== 0) {
                        if ($util.Long)
                            m.sequenceId = $util.Long.fromValue(d.sequenceId, true);
                        else if (typeof d.sequenceId === "string")
                            m.sequenceId = $parseInt(d.sequenceId, 10);
                        else if (typeof d.sequenceId === "number")
                            m.sequenceId = d.sequenceId;
                        else if (typeof d.sequenceId === "object")
                            m.sequenceId = new $util.LongBits(d.sequenceId.low >>> 0, d.sequenceId.high >>> 0).toNumber(true);
                    }
                }
                if (d.messageCount != null) {
                    if ($Number(d.messageCount) !== 0) {
                        m.messageCount = d.messageCount >>> 0;
                    }
                }
                if (d.codec !== 0 && (typeof d.codec !== "string" || $root.brook.v1.Codec[d.codec] !== 0)) {
                    switch (d.codec) {
                    case "CODEC_NONE":
                    case 0:
                        m.codec = 0;
                        break;
                    case "CODEC_LZ4":
                    case 1:
                        m.codec = 1;
                        break;
                    case "CODEC_ZSTD":
                    case 2:
                        m.codec = 2;
                        break;
                    case "CODEC_SNAPPY":
                    case 3:
                        m.codec = 3;
                        break;
                    case "CODEC_ZLIB":
                    case 4:
                        m.codec = 4;
                        break;
                    default:
                        if (typeof d.codec === "number" && (d.codec | 0) === d.codec)
                            m.codec = d.codec;
                    }
                }
                if (d.uncompressedSize != null) {
                    if ($Number(d.uncompressedSize) !== 0) {
                        m.uncompressedSize = d.uncompressedSize >>> 0;
                    }
                }
                if (d.payloadCrc32c != null) {
                    if ($Number(d.payloadCrc32c) !== 0) {
                        m.payloadCrc32c = d.payloadCrc32c >>> 0;
                    }
                }
                if (d.payload != null) {
                    if (d.payload.length) {
                        if (typeof d.payload === "string")
                            $util.base64.decode(d.payload, m.payload = $util.newBuffer($util.base64.length(d.payload)), 0);
                        else if (d.payload.length >= 0)
                            m.payload = d.payload;
                    }
                }
                if (d.key != null) {
                    m.key = $String(d.key);
                }
                if (d.deliverAt != null) {
                    if (typeof d.deliverAt === "object" ? d.deliverAt.low || d.deliverAt.high : $Number(d.deliverAt) !== 0) {
                        if ($util.Long)
                            m.deliverAt = $util.Long.fromValue(d.deliverAt, true);
                        else if (typeof d.deliverAt === "string")
                            m.deliverAt = $parseInt(d.deliverAt, 10);
                        else if (typeof d.deliverAt === "number")
                            m.deliverAt = d.deliverAt;
                        else if (typeof d.deliverAt === "object")
                            m.deliverAt = new $util.LongBits(d.deliverAt.low >>> 0, d.deliverAt.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a PublishBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brook.v1.PublishBatch
             * @static
             * @param {brook.v1.PublishBatch} m PublishBatch
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PublishBatch.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.sequenceId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.sequenceId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.messageCount = 0;
                    d.codec = o.enums === $String ? "CODEC_NONE" : 0;
                    d.uncompressedSize = 0;
                    d.payloadCrc32c = 0;
                    if (o.bytes === $String)
                        d.payload = "";
                    else {
                        d.payload = [];
                        if (o.bytes !== $Array)
                            d.payload = $util.newBuffer(d.payload);
                    }
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.deliverAt = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.deliverAt = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.sequenceId != null && $Object.hasOwnProperty.call(m, "sequenceId")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.sequenceId = typeof m.sequenceId === "number" ? $BigInt(m.sequenceId) : $util.Long.fromBits(m.sequenceId.low >>> 0, m.sequenceId.high >>> 0, true).toBigInt();
                    else if (typeof m.sequenceId === "number")
                        d.sequenceId = o.longs === $String ? $String(m.sequenceId) : m.sequenceId;
                    else
                        d.sequenceId = o.longs === $String ? $util.Long.prototype.toString.call(m.sequenceId) : o.longs === $Number ? new $util.LongBits(m.sequenceId.low >>> 0, m.sequenceId.high >>> 0).toNumber(true) : m.sequenceId;
                }
                if (m.messageCount != null && $Object.hasOwnProperty.call(m, "messageCount")) {
                    d.messageCount = m.messageCount;
                }
                if (m.codec != null && $Object.hasOwnProperty.call(m, "codec")) {
                    d.codec = o.enums === $String ? $root.brook.v1.Codec[m.codec] === $undefined ? m.codec : $root.brook.v1.Codec[m.codec] : m.codec;
                }
                if (m.uncompressedSize != null && $Object.hasOwnProperty.call(m, "uncompressedSize")) {
                    d.uncompressedSize = m.uncompressedSize;
                }
                if (m.payloadCrc32c != null && $Object.hasOwnProperty.call(m, "payloadCrc32c")) {
                    d.payloadCrc32c = m.payloadCrc32c;
                }
                if (m.payload != null && $Object.hasOwnProperty.call(m, "payload")) {
                    d.payload = o.bytes === $String ? $util.base64.encode(m.payload, 0, m.payload.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.payload) : m.payload;
                }
                if (m.key != null && $Object.hasOwnProperty.call(m, "key")) {
                    d.key = m.key;
                }
                if (m.deliverAt != null && $Object.hasOwnProperty.call(m, "deliverAt")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.deliverAt = typeof m.deliverAt === "number" ? $BigInt(m.deliverAt) : $util.Long.fromBits(m.deliverAt.low >>> 0, m.deliverAt.high >>> 0, true).toBigInt();
                    else if (typeof m.deliverAt === "number")
                        d.deliverAt = o.longs === $String ? $String(m.deliverAt) : m.deliverAt;
                    else
                        d.deliverAt = o.longs === $String ? $util.Long.prototype.toString.call(m.deliverAt) : o.longs === $Number ? new $util.LongBits(m.deliverAt.low >>> 0, m.deliverAt.high >>> 0).toNumber(true) : m.deliverAt;
                }
                return d;
            };

            /**
             * Converts this PublishBatch to JSON.
             * @function toJSON
             * @memberof brook.v1.PublishBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PublishBatch.prototype.toJSON = function() {
                return PublishBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PublishBatch
             * @function getTypeUrl
             * @memberof brook.v1.PublishBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PublishBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brook.v1.PublishBatch";
            };

            return PublishBatch;
        })();

        v1.PublishResponse = (function() {

            /**
             * Properties of a PublishResponse.
             * @typedef {Object} brook.v1.PublishResponse.$Properties
             * @property {brook.v1.ProducerOpened.$Properties|null} [opened] PublishResponse opened
             * @property {brook.v1.PublishReceipts.$Properties|null} [receipts] PublishResponse receipts
             * @property {"opened"|"receipts"} [kind] PublishResponse kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PublishResponse.
             * @memberof brook.v1
             * @interface IPublishResponse
             * @augments brook.v1.PublishResponse.$Properties
             * @deprecated Use brook.v1.PublishResponse.$Properties instead.
             */

            /**
             * Narrowed shape of a PublishResponse.
             * @typedef {{
             *   opened?: brook.v1.ProducerOpened.$Shape|null;
             *   receipts?: brook.v1.PublishReceipts.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; opened?: null; receipts?: null }|{ kind?: "opened"; opened: brook.v1.ProducerOpened.$Shape; receipts?: null }|{ kind?: "receipts"; opened?: null; receipts: brook.v1.PublishReceipts.$Shape })
             * )} brook.v1.PublishResponse.$Shape
             */

            /**
             * Constructs a new PublishResponse.
             * @memberof brook.v1
             * @classdesc Represents a PublishResponse.
             * @constructor
             * @param {brook.v1.PublishResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var PublishResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PublishResponse opened.
             * @member {brook.v1.ProducerOpened.$Properties|null|undefined} opened
             * @memberof brook.v1.PublishResponse
             * @instance
             */
            PublishResponse.prototype.opened = null;

            /**
             * PublishResponse receipts.
             * @member {brook.v1.PublishReceipts.$Properties|null|undefined} receipts
             * @memberof brook.v1.PublishResponse
             * @instance
             */
            PublishResponse.prototype.receipts = null;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            /**
             * PublishResponse kind.
             * @member {"opened"|"receipts"|undefined} kind
             * @memberof brook.v1.PublishResponse
             * @instance
             */
            $Object.defineProperty(PublishResponse.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["opened", "receipts"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new PublishResponse instance using the specified properties.
             * @function create
             * @memberof brook.v1.PublishResponse
             * @static
             * @param {brook.v1.PublishResponse.$Properties=} [properties] Properties to set
             * @returns {brook.v1.PublishResponse} PublishResponse instance
             * @type {{
             *   (properties: brook.v1.PublishResponse.$Shape): brook.v1.PublishResponse & brook.v1.PublishResponse.$Shape;
             *   (properties?: brook.v1.PublishResponse.$Properties): brook.v1.PublishResponse;
             * }}
             */
            PublishResponse.create = function(properties) {
                return new PublishResponse(properties);
            };

            /**
             * Encodes the specified PublishResponse message. Does not implicitly {@link brook.v1.PublishResponse.verify|verify} messages.
             * @function encode
             * @memberof brook.v1.PublishResponse
             * @static
             * @param {brook.v1.PublishResponse.$Properties} m PublishResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PublishResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.opened != null && $Object.hasOwnProperty.call(m, "opened"))
                    $root.brook.v1.ProducerOpened.encode(m.opened, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.receipts != null && $Object.hasOwnProperty.call(m, "receipts"))
                    $root.brook.v1.PublishReceipts.encode(m.receipts, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a PublishResponse message from the specified reader or buffer.
             * @function decode
             * @memberof brook.v1.PublishResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {brook.v1.PublishResponse & brook.v1.PublishResponse.$Shape} PublishResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PublishResponse.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.brook.v1.PublishResponse();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.opened = $root.brook.v1.ProducerOpened.decode(r, r.size(), $undefined, q + 1, m.opened);
                            m.kind = "opened";
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.receipts = $root.brook.v1.PublishReceipts.decode(r, r.size(), $undefined, q + 1, m.receipts);
                            m.kind = "receipts";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a PublishResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brook.v1.PublishResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {brook.v1.PublishResponse} PublishResponse
             */
            PublishResponse.fromObject = function (d, q) {
                if (d instanceof $root.brook.v1.PublishResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".brook.v1.PublishResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.brook.v1.PublishResponse();
                if (d.opened != null) {
                    if (!$util.isObject(d.opened))
                        throw $TypeError(".brook.v1.PublishResponse.opened: object expected");
                    m.opened = $root.brook.v1.ProducerOpened.fromObject(d.opened, q + 1);
                }
                if (d.receipts != null) {
                    if (!$util.isObject(d.receipts))
                        throw $TypeError(".brook.v1.PublishResponse.receipts: object expected");
                    m.receipts = $root.brook.v1.PublishReceipts.fromObject(d.receipts, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a PublishResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brook.v1.PublishResponse
             * @static
             * @param {brook.v1.PublishResponse} m PublishResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PublishResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (m.opened != null && $Object.hasOwnProperty.call(m, "opened")) {
                    d.opened = $root.brook.v1.ProducerOpened.toObject(m.opened, o, q + 1);
                    if (o.oneofs)
                        d.kind = "opened";
                }
                if (m.receipts != null && $Object.hasOwnProperty.call(m, "receipts")) {
                    d.receipts = $root.brook.v1.PublishReceipts.toObject(m.receipts, o, q + 1);
                    if (o.oneofs)
                        d.kind = "receipts";
                }
                return d;
            };

            /**
             * Converts this PublishResponse to JSON.
             * @function toJSON
             * @memberof brook.v1.PublishResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PublishResponse.prototype.toJSON = function() {
                return PublishResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PublishResponse
             * @function getTypeUrl
             * @memberof brook.v1.PublishResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PublishResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brook.v1.PublishResponse";
            };

            return PublishResponse;
        })();

        v1.ProducerOpened = (function() {

            /**
             * Properties of a ProducerOpened.
             * @typedef {Object} brook.v1.ProducerOpened.$Properties
             * @property {string|null} [topic] ProducerOpened topic
             * @property {string|null} [producerName] ProducerOpened producerName
             * @property {number|null} [lastSequenceId] ProducerOpened lastSequenceId
             * @property {number|null} [maxMessageSize] ProducerOpened maxMessageSize
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProducerOpened.
             * @memberof brook.v1
             * @interface IProducerOpened
             * @augments brook.v1.ProducerOpened.$Properties
             * @deprecated Use brook.v1.ProducerOpened.$Properties instead.
             */

            /**
             * Shape of a ProducerOpened.
             * @typedef {brook.v1.ProducerOpened.$Properties} brook.v1.ProducerOpened.$Shape
             */

            /**
             * Constructs a new ProducerOpened.
             * @memberof brook.v1
             * @classdesc Represents a ProducerOpened.
             * @constructor
             * @param {brook.v1.ProducerOpened.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ProducerOpened = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ProducerOpened topic.
             * @member {string} topic
             * @memberof brook.v1.ProducerOpened
             * @instance
             */
            ProducerOpened.prototype.topic = "";

            /**
             * ProducerOpened producerName.
             * @member {string} producerName
             * @memberof brook.v1.ProducerOpened
             * @instance
             */
            ProducerOpened.prototype.producerName = "";

            /**
             * ProducerOpened lastSequenceId.
             * @member {number} lastSequenceId
             * @memberof brook.v1.ProducerOpened
             * @instance
             */
            ProducerOpened.prototype.lastSequenceId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ProducerOpened maxMessageSize.
             * @member {number} maxMessageSize
             * @memberof brook.v1.ProducerOpened
             * @instance
             */
            ProducerOpened.prototype.maxMessageSize = 0;

            /**
             * Creates a new ProducerOpened instance using the specified properties.
             * @function create
             * @memberof brook.v1.ProducerOpened
             * @static
             * @param {brook.v1.ProducerOpened.$Properties=} [properties] Properties to set
             * @returns {brook.v1.ProducerOpened} ProducerOpened instance
             * @type {{
             *   (properties: brook.v1.ProducerOpened.$Shape): brook.v1.ProducerOpened & brook.v1.ProducerOpened.$Shape;
             *   (properties?: brook.v1.ProducerOpened.$Properties): brook.v1.ProducerOpened;
             * }}
             */
            ProducerOpened.create = function(properties) {
                return new ProducerOpened(properties);
            };

            /**
             * Encodes the specified ProducerOpened message. Does not implicitly {@link brook.v1.ProducerOpened.verify|verify} messages.
             * @function encode
             * @memberof brook.v1.ProducerOpened
             * @static
             * @param {brook.v1.ProducerOpened.$Properties} m ProducerOpened message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProducerOpened.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.topic != null && $Object.hasOwnProperty.call(m, "topic") && m.topic !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.topic);
                if (m.producerName != null && $Object.hasOwnProperty.call(m, "producerName") && m.producerName !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.producerName);
                if (m.lastSequenceId != null && $Object.hasOwnProperty.call(m, "lastSequenceId") && (typeof m.lastSequenceId === "object" ? m.lastSequenceId.low || m.lastSequenceId.high : m.lastSequenceId !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.lastSequenceId);
                if (m.maxMessageSize != null && $Object.hasOwnProperty.call(m, "maxMessageSize") && m.maxMessageSize !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.maxMessageSize);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ProducerOpened message from the specified reader or buffer.
             * @function decode
             * @memberof brook.v1.ProducerOpened
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {brook.v1.ProducerOpened & brook.v1.ProducerOpened.$Shape} ProducerOpened
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProducerOpened.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.brook.v1.ProducerOpened();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.topic = v;
                            else
                                delete m.topic;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.producerName = v;
                            else
                                delete m.producerName;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.lastSequenceId = v;
                            else
                                delete m.lastSequenceId;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.maxMessageSize = v;
                            else
                                delete m.maxMessageSize;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a ProducerOpened message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brook.v1.ProducerOpened
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {brook.v1.ProducerOpened} ProducerOpened
             */
            ProducerOpened.fromObject = function (d, q) {
                if (d instanceof $root.brook.v1.ProducerOpened)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".brook.v1.ProducerOpened: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.brook.v1.ProducerOpened();
                if (d.topic != null) {
                    if (typeof d.topic !== "string" || d.topic.length) {
                        m.topic = $String(d.topic);
                    }
                }
                if (d.producerName != null) {
                    if (typeof d.producerName !== "string" || d.producerName.length) {
                        m.producerName = $String(d.producerName);
                    }
                }
                if (d.lastSequenceId != null) {
                    if (typeof d.lastSequenceId === "object" ? d.lastSequenceId.low || d.lastSequenceId.high : $Number(d.lastSequenceId) !== 0) {
                        if ($util.Long)
                            m.lastSequenceId = $util.Long.fromValue(d.lastSequenceId, false);
                        else if (typeof d.lastSequenceId === "string")
                            m.lastSequenceId = $parseInt(d.lastSequenceId, 10);
                        else if (typeof d.lastSequenceId === "number")
                            m.lastSequenceId = d.lastSequenceId;
                        else if (typeof d.lastSequenceId === "object")
                            m.lastSequenceId = new $util.LongBits(d.lastSequenceId.low >>> 0, d.lastSequenceId.high >>> 0).toNumber();
                    }
                }
                if (d.maxMessageSize != null) {
                    if ($Number(d.maxMessageSize) !== 0) {
                        m.maxMessageSize = d.maxMessageSize >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ProducerOpened message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brook.v1.ProducerOpened
             * @static
             * @param {brook.v1.ProducerOpened} m ProducerOpened
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ProducerOpened.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.topic = "";
                    d.producerName = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.lastSequenceId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.lastSequenceId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.maxMessageSize = 0;
                }
                if (m.topic != null && $Object.hasOwnProperty.call(m, "topic")) {
                    d.topic = m.topic;
                }
                if (m.producerName != null && $Object.hasOwnProperty.call(m, "producerName")) {
                    d.producerName = m.producerName;
                }
                if (m.lastSequenceId != null && $Object.hasOwnProperty.call(m, "lastSequenceId")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.lastSequenceId = typeof m.lastSequenceId === "number" ? $BigInt(m.lastSequenceId) : $util.Long.fromBits(m.lastSequenceId.low >>> 0, m.lastSequenceId.high >>> 0, false).toBigInt();
                    else if (typeof m.lastSequenceId === "number")
                        d.lastSequenceId = o.longs === $String ? $String(m.lastSequenceId) : m.lastSequenceId;
                    else
                        d.lastSequenceId = o.longs === $String ? $util.Long.prototype.toString.call(m.lastSequenceId) : o.longs === $Number ? new $util.LongBits(m.lastSequenceId.low >>> 0, m.lastSequenceId.high >>> 0).toNumber() : m.lastSequenceId;
                }
                if (m.maxMessageSize != null && $Object.hasOwnProperty.call(m, "maxMessageSize")) {
                    d.maxMessageSize = m.maxMessageSize;
                }
                return d;
            };

            /**
             * Converts this ProducerOpened to JSON.
             * @function toJSON
             * @memberof brook.v1.ProducerOpened
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ProducerOpened.prototype.toJSON = function() {
                return ProducerOpened.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ProducerOpened
             * @function getTypeUrl
             * @memberof brook.v1.ProducerOpened
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProducerOpened.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brook.v1.ProducerOpened";
            };

            return ProducerOpened;
        })();

        v1.PublishReceipts = (function() {

            /**
             * Properties of a PublishReceipts.
             * @typedef {Object} brook.v1.PublishReceipts.$Properties
             * @property {Array.<brook.v1.PublishReceipt.$Properties>|null} [receipts] PublishReceipts receipts
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PublishReceipts.
             * @memberof brook.v1
             * @interface IPublishReceipts
             * @augments brook.v1.PublishReceipts.$Properties
             * @deprecated Use brook.v1.PublishReceipts.$Properties instead.
             */

            /**
             * Shape of a PublishReceipts.
             * @typedef {brook.v1.PublishReceipts.$Properties} brook.v1.PublishReceipts.$Shape
             */

            /**
             * Constructs a new PublishReceipts.
             * @memberof brook.v1
             * @classdesc Represents a PublishReceipts.
             * @constructor
             * @param {brook.v1.PublishReceipts.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var PublishReceipts = function (p) {
                this.receipts = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PublishReceipts receipts.
             * @member {Array.<brook.v1.PublishReceipt.$Properties>} receipts
             * @memberof brook.v1.PublishReceipts
             * @instance
             */
            PublishReceipts.prototype.receipts = $util.emptyArray;

            /**
             * Creates a new PublishReceipts instance using the specified properties.
             * @function create
             * @memberof brook.v1.PublishReceipts
             * @static
             * @param {brook.v1.PublishReceipts.$Properties=} [properties] Properties to set
             * @returns {brook.v1.PublishReceipts} PublishReceipts instance
             * @type {{
             *   (properties: brook.v1.PublishReceipts.$Shape): brook.v1.PublishReceipts & brook.v1.PublishReceipts.$Shape;
             *   (properties?: brook.v1.PublishReceipts.$Properties): brook.v1.PublishReceipts;
             * }}
             */
            PublishReceipts.create = function(properties) {
                return new PublishReceipts(properties);
            };

            /**
             * Encodes the specified PublishReceipts message. Does not implicitly {@link brook.v1.PublishReceipts.verify|verify} messages.
             * @function encode
             * @memberof brook.v1.PublishReceipts
             * @static
             * @param {brook.v1.PublishReceipts.$Properties} m PublishReceipts message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PublishReceipts.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.receipts != null && m.receipts.length) {
                    for (var i = 0; i < m.receipts.length; ++i)
                        $root.brook.v1.PublishReceipt.encode(m.receipts[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a PublishReceipts message from the specified reader or buffer.
             * @function decode
             * @memberof brook.v1.PublishReceipts
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {brook.v1.PublishReceipts & brook.v1.PublishReceipts.$Shape} PublishReceipts
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PublishReceipts.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.brook.v1.PublishReceipts();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.receipts && m.receipts.length))
                                m.receipts = [];
                            m.receipts.push($root.brook.v1.PublishReceipt.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a PublishReceipts message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brook.v1.PublishReceipts
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {brook.v1.PublishReceipts} PublishReceipts
             */
            PublishReceipts.fromObject = function (d, q) {
                if (d instanceof $root.brook.v1.PublishReceipts)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".brook.v1.PublishReceipts: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.brook.v1.PublishReceipts();
                if (d.receipts) {
                    if (!$Array.isArray(d.receipts))
                        throw $TypeError(".brook.v1.PublishReceipts.receipts: array expected");
                    m.receipts = $Array(d.receipts.length);
                    for (var i = 0; i < d.receipts.length; ++i) {
                        if (!$util.isObject(d.receipts[i]))
                            throw $TypeError(".brook.v1.PublishReceipts.receipts: object expected");
                        m.receipts[i] = $root.brook.v1.PublishReceipt.fromObject(d.receipts[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a PublishReceipts message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brook.v1.PublishReceipts
             * @static
             * @param {brook.v1.PublishReceipts} m PublishReceipts
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PublishReceipts.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.receipts = [];
                }
                if (m.receipts && m.receipts.length) {
                    d.receipts = $Array(m.receipts.length);
                    for (var j = 0; j < m.receipts.length; ++j) {
                        d.receipts[j] = $root.brook.v1.PublishReceipt.toObject(m.receipts[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this PublishReceipts to JSON.
             * @function toJSON
             * @memberof brook.v1.PublishReceipts
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PublishReceipts.prototype.toJSON = function() {
                return PublishReceipts.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PublishReceipts
             * @function getTypeUrl
             * @memberof brook.v1.PublishReceipts
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PublishReceipts.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brook.v1.PublishReceipts";
            };

            return PublishReceipts;
        })();

        v1.PublishReceipt = (function() {

            /**
             * Properties of a PublishReceipt.
             * @typedef {Object} brook.v1.PublishReceipt.$Properties
             * @property {number|null} [sequenceId] PublishReceipt sequenceId
             * @property {number|null} [ledgerId] PublishReceipt ledgerId
             * @property {number|null} [entryId] PublishReceipt entryId
             * @property {number|null} [baseOffset] PublishReceipt baseOffset
             * @property {number|null} [partition] PublishReceipt partition
             * @property {string|null} [errorCode] PublishReceipt errorCode
             * @property {string|null} [errorMessage] PublishReceipt errorMessage
             * @property {boolean|null} [duplicate] PublishReceipt duplicate
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PublishReceipt.
             * @memberof brook.v1
             * @interface IPublishReceipt
             * @augments brook.v1.PublishReceipt.$Properties
             * @deprecated Use brook.v1.PublishReceipt.$Properties instead.
             */

            /**
             * Shape of a PublishReceipt.
             * @typedef {brook.v1.PublishReceipt.$Properties} brook.v1.PublishReceipt.$Shape
             */

            /**
             * Constructs a new PublishReceipt.
             * @memberof brook.v1
             * @classdesc Represents a PublishReceipt.
             * @constructor
             * @param {brook.v1.PublishReceipt.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var PublishReceipt = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PublishReceipt sequenceId.
             * @member {number} sequenceId
             * @memberof brook.v1.PublishReceipt
             * @instance
             */
            PublishReceipt.prototype.sequenceId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PublishReceipt ledgerId.
             * @member {number} ledgerId
             * @memberof brook.v1.PublishReceipt
             * @instance
             */
            PublishReceipt.prototype.ledgerId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PublishReceipt entryId.
             * @member {number} entryId
             * @memberof brook.v1.PublishReceipt
             * @instance
             */
            PublishReceipt.prototype.entryId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PublishReceipt baseOffset.
             * @member {number} baseOffset
             * @memberof brook.v1.PublishReceipt
             * @instance
             */
            PublishReceipt.prototype.baseOffset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PublishReceipt partition.
             * @member {number} partition
             * @memberof brook.v1.PublishReceipt
             * @instance
             */
            PublishReceipt.prototype.partition = 0;

            /**
             * PublishReceipt errorCode.
             * @member {string} errorCode
             * @memberof brook.v1.PublishReceipt
             * @instance
             */
            PublishReceipt.prototype.errorCode = "";

            /**
             * PublishReceipt errorMessage.
             * @member {string} errorMessage
             * @memberof brook.v1.PublishReceipt
             * @instance
             */
            PublishReceipt.prototype.errorMessage = "";

            /**
             * PublishReceipt duplicate.
             * @member {boolean} duplicate
             * @memberof brook.v1.PublishReceipt
             * @instance
             */
            PublishReceipt.prototype.duplicate = false;

            /**
             * Creates a new PublishReceipt instance using the specified properties.
             * @function create
             * @memberof brook.v1.PublishReceipt
             * @static
             * @param {brook.v1.PublishReceipt.$Properties=} [properties] Properties to set
             * @returns {brook.v1.PublishReceipt} PublishReceipt instance
             * @type {{
             *   (properties: brook.v1.PublishReceipt.$Shape): brook.v1.PublishReceipt & brook.v1.PublishReceipt.$Shape;
             *   (properties?: brook.v1.PublishReceipt.$Properties): brook.v1.PublishReceipt;
             * }}
             */
            PublishReceipt.create = function(properties) {
                return new PublishReceipt(properties);
            };

            /**
             * Encodes the specified PublishReceipt message. Does not implicitly {@link brook.v1.PublishReceipt.verify|verify} messages.
             * @function encode
             * @memberof brook.v1.PublishReceipt
             * @static
             * @param {brook.v1.PublishReceipt.$Properties} m PublishReceipt message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PublishReceipt.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.sequenceId != null && $Object.hasOwnProperty.call(m, "sequenceId") && (typeof m.sequenceId === "object" ? m.sequenceId.low || m.sequenceId.high : m.sequenceId !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.sequenceId);
                if (m.ledgerId != null && $Object.hasOwnProperty.call(m, "ledgerId") && (typeof m.ledgerId === "object" ? m.ledgerId.low || m.ledgerId.high : m.ledgerId !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.ledgerId);
                if (m.entryId != null && $Object.hasOwnProperty.call(m, "entryId") && (typeof m.entryId === "object" ? m.entryId.low || m.entryId.high : m.entryId !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.entryId);
                if (m.baseOffset != null && $Object.hasOwnProperty.call(m, "baseOffset") && (typeof m.baseOffset === "object" ? m.baseOffset.low || m.baseOffset.high : m.baseOffset !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).uint64(m.baseOffset);
                if (m.partition != null && $Object.hasOwnProperty.call(m, "partition") && m.partition !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).int32(m.partition);
                if (m.errorCode != null && $Object.hasOwnProperty.call(m, "errorCode") && m.errorCode !== "")
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.errorCode);
                if (m.errorMessage != null && $Object.hasOwnProperty.call(m, "errorMessage") && m.errorMessage !== "")
                    w.uint32(/* id 7, wireType 2 =*/58).string(m.errorMessage);
                if (m.duplicate != null && $Object.hasOwnProperty.call(m, "duplicate") && m.duplicate !== false)
                    w.uint32(/* id 8, wireType 0 =*/64).bool(m.duplicate);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a PublishReceipt message from the specified reader or buffer.
             * @function decode
             * @memberof brook.v1.PublishReceipt
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {brook.v1.PublishReceipt & brook.v1.PublishReceipt.$Shape} PublishReceipt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PublishReceipt.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.brook.v1.PublishReceipt();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.sequenceId = v;
                            else
                                delete m.sequenceId;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.ledgerId = v;
                            else
                                delete m.ledgerId;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.entryId = v;
                            else
                                delete m.entryId;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.baseOffset = v;
                            else
                                delete m.baseOffset;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.partition = v;
                            else
                                delete m.partition;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.errorCode = v;
                            else
                                delete m.errorCode;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.errorMessage = v;
                            else
                                delete m.errorMessage;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.duplicate = v;
                            else
                                delete m.duplicate;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a PublishReceipt message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brook.v1.PublishReceipt
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {brook.v1.PublishReceipt} PublishReceipt
             */
            PublishReceipt.fromObject = function (d, q) {
                if (d instanceof $root.brook.v1.PublishReceipt)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".brook.v1.PublishReceipt: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.brook.v1.PublishReceipt();
                if (d.sequenceId != null) {
                    if (typeof d.sequenceId === "object" ? d.sequenceId.low || d.sequenceId.high : $Number(d.sequenceId) !== 0) {
                        if ($util.Long)
                            m.sequenceId = $util.Long.fromValue(d.sequenceId, true);
                        else if (typeof d.sequenceId === "string")
                            m.sequenceId = $parseInt(d.sequenceId, 10);
                        else if (typeof d.sequenceId === "number")
                            m.sequenceId = d.sequenceId;
                        else if (typeof d.sequenceId === "object")
                            m.sequenceId = new $util.LongBits(d.sequenceId.low >>> 0, d.sequenceId.high >>> 0).toNumber(true);
                    }
                }
                if (d.ledgerId != null) {
                    if (typeof d.ledgerId === "object" ? d.ledgerId.low || d.ledgerId.high : $Number(d.ledgerId) !== 0) {
                        if ($util.Long)
                            m.ledgerId = $util.Long.fromValue(d.ledgerId, true);
                        else if (typeof d.ledgerId === "string")
                            m.ledgerId = $parseInt(d.ledgerId, 10);
                        else if (typeof d.ledgerId === "number")
                            m.ledgerId = d.ledgerId;
                        else if (typeof d.ledgerId === "object")
                            m.ledgerId = new $util.LongBits(d.ledgerId.low >>> 0, d.ledgerId.high >>> 0).toNumber(true);
                    }
                }
                if (d.entryId != null) {
                    if (typeof d.entryId === "object" ? d.entryId.low || d.entryId.high : $Number(d.entryId) !== 0) {
                        if ($util.Long)
                            m.entryId = $util.Long.fromValue(d.entryId, true);
                        else if (typeof d.entryId === "string")
                            m.entryId = $parseInt(d.entryId, 10);
                        else if (typeof d.entryId === "number")
                            m.entryId = d.entryId;
                        else if (typeof d.entryId === "object")
                            m.entryId = new $util.LongBits(d.entryId.low >>> 0, d.entryId.high >>> 0).toNumber(true);
                    }
                }
                if (d.baseOffset != null) {
                    if (typeof d.baseOffset === "object" ? d.baseOffset.low || d.baseOffset.high : $Number(d.baseOffset) !== 0) {
                        if ($util.Long)
                            m.baseOffset = $util.Long.fromValue(d.baseOffset, true);
                        else if (typeof d.baseOffset === "string")
                            m.baseOffset = $parseInt(d.baseOffset, 10);
                        else if (typeof d.baseOffset === "number")
                            m.baseOffset = d.baseOffset;
                        else if (typeof d.baseOffset === "object")
                            m.baseOffset = new $util.LongBits(d.baseOffset.low >>> 0, d.baseOffset.high >>> 0).toNumber(true);
                    }
                }
                if (d.partition != null) {
                    if ($Number(d.partition) !== 0) {
                        m.partition = d.partition | 0;
                    }
                }
                if (d.errorCode != null) {
                    if (typeof d.errorCode !== "string" || d.errorCode.length) {
                        m.errorCode = $String(d.errorCode);
                    }
                }
                if (d.errorMessage != null) {
                    if (typeof d.errorMessage !== "string" || d.errorMessage.length) {
                        m.errorMessage = $String(d.errorMessage);
                    }
                }
                if (d.duplicate != null) {
                    if (d.duplicate) {
                        m.duplicate = $Boolean(d.duplicate);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a PublishReceipt message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brook.v1.PublishReceipt
             * @static
             * @param {brook.v1.PublishReceipt} m PublishReceipt
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PublishReceipt.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.sequenceId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.sequenceId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.ledgerId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.ledgerId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.entryId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.entryId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.baseOffset = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.baseOffset = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.partition = 0;
                    d.errorCode = "";
                    d.errorMessage = "";
                    d.duplicate = false;
                }
                if (m.sequenceId != null && $Object.hasOwnProperty.call(m, "sequenceId")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.sequenceId = typeof m.sequenceId === "number" ? $BigInt(m.sequenceId) : $util.Long.fromBits(m.sequenceId.low >>> 0, m.sequenceId.high >>> 0, true).toBigInt();
                    else if (typeof m.sequenceId === "number")
                        d.sequenceId = o.longs === $String ? $String(m.sequenceId) : m.sequenceId;
                    else
                        d.sequenceId = o.longs === $String ? $util.Long.prototype.toString.call(m.sequenceId) : o.longs === $Number ? new $util.LongBits(m.sequenceId.low >>> 0, m.sequenceId.high >>> 0).toNumber(true) : m.sequenceId;
                }
                if (m.ledgerId != null && $Object.hasOwnProperty.call(m, "ledgerId")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.ledgerId = typeof m.ledgerId === "number" ? $BigInt(m.ledgerId) : $util.Long.fromBits(m.ledgerId.low >>> 0, m.ledgerId.high >>> 0, true).toBigInt();
                    else if (typeof m.ledgerId === "number")
                        d.ledgerId = o.longs === $String ? $String(m.ledgerId) : m.ledgerId;
                    else
                        d.ledgerId = o.longs === $String ? $util.Long.prototype.toString.call(m.ledgerId) : o.longs === $Number ? new $util.LongBits(m.ledgerId.low >>> 0, m.ledgerId.high >>> 0).toNumber(true) : m.ledgerId;
                }
                if (m.entryId != null && $Object.hasOwnProperty.call(m, "entryId")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.entryId = typeof m.entryId === "number" ? $BigInt(m.entryId) : $util.Long.fromBits(m.entryId.low >>> 0, m.entryId.high >>> 0, true).toBigInt();
                    else if (typeof m.entryId === "number")
                        d.entryId = o.longs === $String ? $String(m.entryId) : m.entryId;
                    else
                        d.entryId = o.longs === $String ? $util.Long.prototype.toString.call(m.entryId) : o.longs === $Number ? new $util.LongBits(m.entryId.low >>> 0, m.entryId.high >>> 0).toNumber(true) : m.entryId;
                }
                if (m.baseOffset != null && $Object.hasOwnProperty.call(m, "baseOffset")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.baseOffset = typeof m.baseOffset === "number" ? $BigInt(m.baseOffset) : $util.Long.fromBits(m.baseOffset.low >>> 0, m.baseOffset.high >>> 0, true).toBigInt();
                    else if (typeof m.baseOffset === "number")
                        d.baseOffset = o.longs === $String ? $String(m.baseOffset) : m.baseOffset;
                    else
                        d.baseOffset = o.longs === $String ? $util.Long.prototype.toString.call(m.baseOffset) : o.longs === $Number ? new $util.LongBits(m.baseOffset.low >>> 0, m.baseOffset.high >>> 0).toNumber(true) : m.baseOffset;
                }
                if (m.partition != null && $Object.hasOwnProperty.call(m, "partition")) {
                    d.partition = m.partition;
                }
                if (m.errorCode != null && $Object.hasOwnProperty.call(m, "errorCode")) {
                    d.errorCode = m.errorCode;
                }
                if (m.errorMessage != null && $Object.hasOwnProperty.call(m, "errorMessage")) {
                    d.errorMessage = m.errorMessage;
                }
                if (m.duplicate != null && $Object.hasOwnProperty.call(m, "duplicate")) {
                    d.duplicate = m.duplicate;
                }
                return d;
            };

            /**
             * Converts this PublishReceipt to JSON.
             * @function toJSON
             * @memberof brook.v1.PublishReceipt
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PublishReceipt.prototype.toJSON = function() {
                return PublishReceipt.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PublishReceipt
             * @function getTypeUrl
             * @memberof brook.v1.PublishReceipt
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PublishReceipt.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brook.v1.PublishReceipt";
            };

            return PublishReceipt;
        })();

        /**
         * SubscriptionType enum.
         * @name brook.v1.SubscriptionType
         * @enum {number}
         * @property {number} SUBSCRIPTION_TYPE_EXCLUSIVE=0 SUBSCRIPTION_TYPE_EXCLUSIVE value
         * @property {number} SUBSCRIPTION_TYPE_SHARED=1 SUBSCRIPTION_TYPE_SHARED value
         * @property {number} SUBSCRIPTION_TYPE_FAILOVER=2 SUBSCRIPTION_TYPE_FAILOVER value
         * @property {number} SUBSCRIPTION_TYPE_KEY_SHARED=3 SUBSCRIPTION_TYPE_KEY_SHARED value
         */
        v1.SubscriptionType = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SUBSCRIPTION_TYPE_EXCLUSIVE"] = 0;
            values[valuesById[1] = "SUBSCRIPTION_TYPE_SHARED"] = 1;
            values[valuesById[2] = "SUBSCRIPTION_TYPE_FAILOVER"] = 2;
            values[valuesById[3] = "SUBSCRIPTION_TYPE_KEY_SHARED"] = 3;
            return values;
        })();

        /**
         * InitialPosition enum.
         * @name brook.v1.InitialPosition
         * @enum {number}
         * @property {number} INITIAL_POSITION_LATEST=0 INITIAL_POSITION_LATEST value
         * @property {number} INITIAL_POSITION_EARLIEST=1 INITIAL_POSITION_EARLIEST value
         */
        v1.InitialPosition = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "INITIAL_POSITION_LATEST"] = 0;
            values[valuesById[1] = "INITIAL_POSITION_EARLIEST"] = 1;
            return values;
        })();

        v1.ConsumeRequest = (function() {

            /**
             * Properties of a ConsumeRequest.
             * @typedef {Object} brook.v1.ConsumeRequest.$Properties
             * @property {brook.v1.Subscribe.$Properties|null} [subscribe] ConsumeRequest subscribe
             * @property {brook.v1.Flow.$Properties|null} [flow] ConsumeRequest flow
             * @property {brook.v1.AckMessages.$Properties|null} [ack] ConsumeRequest ack
             * @property {brook.v1.Redeliver.$Properties|null} [redeliver] ConsumeRequest redeliver
             * @property {brook.v1.Seek.$Properties|null} [seek] ConsumeRequest seek
             * @property {"subscribe"|"flow"|"ack"|"redeliver"|"seek"} [kind] ConsumeRequest kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConsumeRequest.
             * @memberof brook.v1
             * @interface IConsumeRequest
             * @augments brook.v1.ConsumeRequest.$Properties
             * @deprecated Use brook.v1.ConsumeRequest.$Properties instead.
             */

            /**
             * Narrowed shape of a ConsumeRequest.
             * @typedef {{
             *   subscribe?: brook.v1.Subscribe.$Shape|null;
             *   flow?: brook.v1.Flow.$Shape|null;
             *   ack?: brook.v1.AckMessages.$Shape|null;
             *   redeliver?: brook.v1.Redeliver.$Shape|null;
             *   seek?: brook.v1.Seek.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; subscribe?: null; flow?: null; ack?: null; redeliver?: null; seek?: null }|{ kind?: "subscribe"; subscribe: brook.v1.Subscribe.$Shape; flow?: null; ack?: null; redeliver?: null; seek?: null }|{ kind?: "flow"; subscribe?: null; flow: brook.v1.Flow.$Shape; ack?: null; redeliver?: null; seek?: null }|{ kind?: "ack"; subscribe?: null; flow?: null; ack: brook.v1.AckMessages.$Shape; redeliver?: null; seek?: null }|{ kind?: "redeliver"; subscribe?: null; flow?: null; ack?: null; redeliver: brook.v1.Redeliver.$Shape; seek?: null }|{ kind?: "seek"; subscribe?: null; flow?: null; ack?: null; redeliver?: null; seek: brook.v1.Seek.$Shape })
             * )} brook.v1.ConsumeRequest.$Shape
             */

            /**
             * Constructs a new ConsumeRequest.
             * @memberof brook.v1
             * @classdesc Represents a ConsumeRequest.
             * @constructor
             * @param {brook.v1.ConsumeRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ConsumeRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ConsumeRequest subscribe.
             * @member {brook.v1.Subscribe.$Properties|null|undefined} subscribe
             * @memberof brook.v1.ConsumeRequest
             * @instance
             */
            ConsumeRequest.prototype.subscribe = null;

            /**
             * ConsumeRequest flow.
             * @member {brook.v1.Flow.$Properties|null|undefined} flow
             * @memberof brook.v1.ConsumeRequest
             * @instance
             */
            ConsumeRequest.prototype.flow = null;

            /**
             * ConsumeRequest ack.
             * @member {brook.v1.AckMessages.$Properties|null|undefined} ack
             * @memberof brook.v1.ConsumeRequest
             * @instance
             */
            ConsumeRequest.prototype.ack = null;

            /**
             * ConsumeRequest redeliver.
             * @member {brook.v1.Redeliver.$Properties|null|undefined} redeliver
             * @memberof brook.v1.ConsumeRequest
             * @instance
             */
            ConsumeRequest.prototype.redeliver = null;

            /**
             * ConsumeRequest seek.
             * @member {brook.v1.Seek.$Properties|null|undefined} seek
             * @memberof brook.v1.ConsumeRequest
             * @instance
             */
            ConsumeRequest.prototype.seek = null;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            /**
             * ConsumeRequest kind.
             * @member {"subscribe"|"flow"|"ack"|"redeliver"|"seek"|undefined} kind
             * @memberof brook.v1.ConsumeRequest
             * @instance
             */
            $Object.defineProperty(ConsumeRequest.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["subscribe", "flow", "ack", "redeliver", "seek"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ConsumeRequest instance using the specified properties.
             * @function create
             * @memberof brook.v1.ConsumeRequest
             * @static
             * @param {brook.v1.ConsumeRequest.$Properties=} [properties] Properties to set
             * @returns {brook.v1.ConsumeRequest} ConsumeRequest instance
             * @type {{
             *   (properties: brook.v1.ConsumeRequest.$Shape): brook.v1.ConsumeRequest & brook.v1.ConsumeRequest.$Shape;
             *   (properties?: brook.v1.ConsumeRequest.$Properties): brook.v1.ConsumeRequest;
             * }}
             */
            ConsumeRequest.create = function(properties) {
                return new ConsumeRequest(properties);
            };

            /**
             * Encodes the specified ConsumeRequest message. Does not implicitly {@link brook.v1.ConsumeRequest.verify|verify} messages.
             * @function encode
             * @memberof brook.v1.ConsumeRequest
             * @static
             * @param {brook.v1.ConsumeRequest.$Properties} m ConsumeRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConsumeRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.subscribe != null && $Object.hasOwnProperty.call(m, "subscribe"))
                    $root.brook.v1.Subscribe.encode(m.subscribe, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.flow != null && $Object.hasOwnProperty.call(m, "flow"))
                    $root.brook.v1.Flow.encode(m.flow, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.ack != null && $Object.hasOwnProperty.call(m, "ack"))
                    $root.brook.v1.AckMessages.encode(m.ack, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.redeliver != null && $Object.hasOwnProperty.call(m, "redeliver"))
                    $root.brook.v1.Redeliver.encode(m.redeliver, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (m.seek != null && $Object.hasOwnProperty.call(m, "seek"))
                    $root.brook.v1.Seek.encode(m.seek, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ConsumeRequest message from the specified reader or buffer.
             * @function decode
             * @memberof brook.v1.ConsumeRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {brook.v1.ConsumeRequest & brook.v1.ConsumeRequest.$Shape} ConsumeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConsumeRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.brook.v1.ConsumeRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.subscribe = $root.brook.v1.Subscribe.decode(r, r.size(), $undefined, q + 1, m.subscribe);
                            m.kind = "subscribe";
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.flow = $root.brook.v1.Flow.decode(r, r.size(), $undefined, q + 1, m.flow);
                            m.kind = "flow";
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.ack = $root.brook.v1.AckMessages.decode(r, r.size(), $undefined, q + 1, m.ack);
                            m.kind = "ack";
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.redeliver = $root.brook.v1.Redeliver.decode(r, r.size(), $undefined, q + 1, m.redeliver);
                            m.kind = "redeliver";
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.seek = $root.brook.v1.Seek.decode(r, r.size(), $undefined, q + 1, m.seek);
                            m.kind = "seek";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a ConsumeRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brook.v1.ConsumeRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {brook.v1.ConsumeRequest} ConsumeRequest
             */
            ConsumeRequest.fromObject = function (d, q) {
                if (d instanceof $root.brook.v1.ConsumeRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".brook.v1.ConsumeRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.brook.v1.ConsumeRequest();
                if (d.subscribe != null) {
                    if (!$util.isObject(d.subscribe))
                        throw $TypeError(".brook.v1.ConsumeRequest.subscribe: object expected");
                    m.subscribe = $root.brook.v1.Subscribe.fromObject(d.subscribe, q + 1);
                }
                if (d.flow != null) {
                    if (!$util.isObject(d.flow))
                        throw $TypeError(".brook.v1.ConsumeRequest.flow: object expected");
                    m.flow = $root.brook.v1.Flow.fromObject(d.flow, q + 1);
                }
                if (d.ack != null) {
                    if (!$util.isObject(d.ack))
                        throw $TypeError(".brook.v1.ConsumeRequest.ack: object expected");
                    m.ack = $root.brook.v1.AckMessages.fromObject(d.ack, q + 1);
                }
                if (d.redeliver != null) {
                    if (!$util.isObject(d.redeliver))
                        throw $TypeError(".brook.v1.ConsumeRequest.redeliver: object expected");
                    m.redeliver = $root.brook.v1.Redeliver.fromObject(d.redeliver, q + 1);
                }
                if (d.seek != null) {
                    if (!$util.isObject(d.seek))
                        throw $TypeError(".brook.v1.ConsumeRequest.seek: object expected");
                    m.seek = $root.brook.v1.Seek.fromObject(d.seek, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a ConsumeRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brook.v1.ConsumeRequest
             * @static
             * @param {brook.v1.ConsumeRequest} m ConsumeRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ConsumeRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (m.subscribe != null && $Object.hasOwnProperty.call(m, "subscribe")) {
                    d.subscribe = $root.brook.v1.Subscribe.toObject(m.subscribe, o, q + 1);
                    if (o.oneofs)
                        d.kind = "subscribe";
                }
                if (m.flow != null && $Object.hasOwnProperty.call(m, "flow")) {
                    d.flow = $root.brook.v1.Flow.toObject(m.flow, o, q + 1);
                    if (o.oneofs)
                        d.kind = "flow";
                }
                if (m.ack != null && $Object.hasOwnProperty.call(m, "ack")) {
                    d.ack = $root.brook.v1.AckMessages.toObject(m.ack, o, q + 1);
                    if (o.oneofs)
                        d.kind = "ack";
                }
                if (m.redeliver != null && $Object.hasOwnProperty.call(m, "redeliver")) {
                    d.redeliver = $root.brook.v1.Redeliver.toObject(m.redeliver, o, q + 1);
                    if (o.oneofs)
                        d.kind = "redeliver";
                }
                if (m.seek != null && $Object.hasOwnProperty.call(m, "seek")) {
                    d.seek = $root.brook.v1.Seek.toObject(m.seek, o, q + 1);
                    if (o.oneofs)
                        d.kind = "seek";
                }
                return d;
            };

            /**
             * Converts this ConsumeRequest to JSON.
             * @function toJSON
             * @memberof brook.v1.ConsumeRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ConsumeRequest.prototype.toJSON = function() {
                return ConsumeRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ConsumeRequest
             * @function getTypeUrl
             * @memberof brook.v1.ConsumeRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ConsumeRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brook.v1.ConsumeRequest";
            };

            return ConsumeRequest;
        })();

        v1.Subscribe = (function() {

            /**
             * Properties of a Subscribe.
             * @typedef {Object} brook.v1.Subscribe.$Properties
             * @property {string|null} [topic] Subscribe topic
             * @property {string|null} [subscription] Subscribe subscription
             * @property {brook.v1.SubscriptionType|null} [type] Subscribe type
             * @property {brook.v1.InitialPosition|null} [initialPosition] Subscribe initialPosition
             * @property {string|null} [consumerName] Subscribe consumerName
             * @property {number|null} [priorityLevel] Subscribe priorityLevel
             * @property {boolean|null} [nonDurable] Subscribe nonDurable
             * @property {brook.v1.MessageIdData.$Properties|null} [startMessageId] Subscribe startMessageId
             * @property {boolean|null} [startInclusive] Subscribe startInclusive
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Subscribe.
             * @memberof brook.v1
             * @interface ISubscribe
             * @augments brook.v1.Subscribe.$Properties
             * @deprecated Use brook.v1.Subscribe.$Properties instead.
             */

            /**
             * Shape of a Subscribe.
             * @typedef {brook.v1.Subscribe.$Properties} brook.v1.Subscribe.$Shape
             */

            /**
             * Constructs a new Subscribe.
             * @memberof brook.v1
             * @classdesc Represents a Subscribe.
             * @constructor
             * @param {brook.v1.Subscribe.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Subscribe = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Subscribe topic.
             * @member {string} topic
             * @memberof brook.v1.Subscribe
             * @instance
             */
            Subscribe.prototype.topic = "";

            /**
             * Subscribe subscription.
             * @member {string} subscription
             * @memberof brook.v1.Subscribe
             * @instance
             */
            Subscribe.prototype.subscription = "";

            /**
             * Subscribe type.
             * @member {brook.v1.SubscriptionType} type
             * @memberof brook.v1.Subscribe
             * @instance
             */
            Subscribe.prototype.type = 0;

            /**
             * Subscribe initialPosition.
             * @member {brook.v1.InitialPosition} initialPosition
             * @memberof brook.v1.Subscribe
             * @instance
             */
            Subscribe.prototype.initialPosition = 0;

            /**
             * Subscribe consumerName.
             * @member {string} consumerName
             * @memberof brook.v1.Subscribe
             * @instance
             */
            Subscribe.prototype.consumerName = "";

            /**
             * Subscribe priorityLevel.
             * @member {number} priorityLevel
             * @memberof brook.v1.Subscribe
             * @instance
             */
            Subscribe.prototype.priorityLevel = 0;

            /**
             * Subscribe nonDurable.
             * @member {boolean} nonDurable
             * @memberof brook.v1.Subscribe
             * @instance
             */
            Subscribe.prototype.nonDurable = false;

            /**
             * Subscribe startMessageId.
             * @member {brook.v1.MessageIdData.$Properties|null|undefined} startMessageId
             * @memberof brook.v1.Subscribe
             * @instance
             */
            Subscribe.prototype.startMessageId = null;

            /**
             * Subscribe startInclusive.
             * @member {boolean} startInclusive
             * @memberof brook.v1.Subscribe
             * @instance
             */
            Subscribe.prototype.startInclusive = false;

            /**
             * Creates a new Subscribe instance using the specified properties.
             * @function create
             * @memberof brook.v1.Subscribe
             * @static
             * @param {brook.v1.Subscribe.$Properties=} [properties] Properties to set
             * @returns {brook.v1.Subscribe} Subscribe instance
             * @type {{
             *   (properties: brook.v1.Subscribe.$Shape): brook.v1.Subscribe & brook.v1.Subscribe.$Shape;
             *   (properties?: brook.v1.Subscribe.$Properties): brook.v1.Subscribe;
             * }}
             */
            Subscribe.create = function(properties) {
                return new Subscribe(properties);
            };

            /**
             * Encodes the specified Subscribe message. Does not implicitly {@link brook.v1.Subscribe.verify|verify} messages.
             * @function encode
             * @memberof brook.v1.Subscribe
             * @static
             * @param {brook.v1.Subscribe.$Properties} m Subscribe message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Subscribe.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.topic != null && $Object.hasOwnProperty.call(m, "topic") && m.topic !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.topic);
                if (m.subscription != null && $Object.hasOwnProperty.call(m, "subscription") && m.subscription !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.subscription);
                if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).int32(m.type);
                if (m.initialPosition != null && $Object.hasOwnProperty.call(m, "initialPosition") && m.initialPosition !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).int32(m.initialPosition);
                if (m.consumerName != null && $Object.hasOwnProperty.call(m, "consumerName") && m.consumerName !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.consumerName);
                if (m.priorityLevel != null && $Object.hasOwnProperty.call(m, "priorityLevel") && m.priorityLevel !== 0)
                    w.uint32(/* id 6, wireType 0 =*/48).int32(m.priorityLevel);
                if (m.nonDurable != null && $Object.hasOwnProperty.call(m, "nonDurable") && m.nonDurable !== false)
                    w.uint32(/* id 7, wireType 0 =*/56).bool(m.nonDurable);
                if (m.startMessageId != null && $Object.hasOwnProperty.call(m, "startMessageId"))
                    $root.brook.v1.MessageIdData.encode(m.startMessageId, w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                if (m.startInclusive != null && $Object.hasOwnProperty.call(m, "startInclusive") && m.startInclusive !== false)
                    w.uint32(/* id 9, wireType 0 =*/72).bool(m.startInclusive);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Subscribe message from the specified reader or buffer.
             * @function decode
             * @memberof brook.v1.Subscribe
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {brook.v1.Subscribe & brook.v1.Subscribe.$Shape} Subscribe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Subscribe.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.brook.v1.Subscribe();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.topic = v;
                            else
                                delete m.topic;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.subscription = v;
                            else
                                delete m.subscription;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.type = v;
                            else
                                delete m.type;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.initialPosition = v;
                            else
                                delete m.initialPosition;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.consumerName = v;
                            else
                                delete m.consumerName;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.priorityLevel = v;
                            else
                                delete m.priorityLevel;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.nonDurable = v;
                            else
                                delete m.nonDurable;
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            m.startMessageId = $root.brook.v1.MessageIdData.decode(r, r.size(), $undefined, q + 1, m.startMessageId);
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.startInclusive = v;
                            else
                                delete m.startInclusive;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Subscribe message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brook.v1.Subscribe
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {brook.v1.Subscribe} Subscribe
             */
            Subscribe.fromObject = function (d, q) {
                if (d instanceof $root.brook.v1.Subscribe)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".brook.v1.Subscribe: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.brook.v1.Subscribe();
                if (d.topic != null) {
                    if (typeof d.topic !== "string" || d.topic.length) {
                        m.topic = $String(d.topic);
                    }
                }
                if (d.subscription != null) {
                    if (typeof d.subscription !== "string" || d.subscription.length) {
                        m.subscription = $String(d.subscription);
                    }
                }
                if (d.type !== 0 && (typeof d.type !== "string" || $root.brook.v1.SubscriptionType[d.type] !== 0)) {
                    switch (d.type) {
                    case "SUBSCRIPTION_TYPE_EXCLUSIVE":
                    case 0:
                        m.type = 0;
                        break;
                    case "SUBSCRIPTION_TYPE_SHARED":
                    case 1:
                        m.type = 1;
                        break;
                    case "SUBSCRIPTION_TYPE_FAILOVER":
                    case 2:
                        m.type = 2;
                        break;
                    case "SUBSCRIPTION_TYPE_KEY_SHARED":
                    case 3:
                        m.type = 3;
                        break;
                    default:
                        if (typeof d.type === "number" && (d.type | 0) === d.type)
                            m.type = d.type;
                    }
                }
                if (d.initialPosition !== 0 && (typeof d.initialPosition !== "string" || $root.brook.v1.InitialPosition[d.initialPosition] !== 0)) {
                    switch (d.initialPosition) {
                    case "INITIAL_POSITION_LATEST":
                    case 0:
                        m.initialPosition = 0;
                        break;
                    case "INITIAL_POSITION_EARLIEST":
                    case 1:
                        m.initialPosition = 1;
                        break;
                    default:
                        if (typeof d.initialPosition === "number" && (d.initialPosition | 0) === d.initialPosition)
                            m.initialPosition = d.initialPosition;
                    }
                }
                if (d.consumerName != null) {
                    if (typeof d.consumerName !== "string" || d.consumerName.length) {
                        m.consumerName = $String(d.consumerName);
                    }
                }
                if (d.priorityLevel != null) {
                    if ($Number(d.priorityLevel) !== 0) {
                        m.priorityLevel = d.priorityLevel | 0;
                    }
                }
                if (d.nonDurable != null) {
                    if (d.nonDurable) {
                        m.nonDurable = $Boolean(d.nonDurable);
                    }
                }
                if (d.startMessageId != null) {
                    if (!$util.isObject(d.startMessageId))
                        throw $TypeError(".brook.v1.Subscribe.startMessageId: object expected");
                    m.startMessageId = $root.brook.v1.MessageIdData.fromObject(d.startMessageId, q + 1);
                }
                if (d.startInclusive != null) {
                    if (d.startInclusive) {
                        m.startInclusive = $Boolean(d.startInclusive);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Subscribe message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brook.v1.Subscribe
             * @static
             * @param {brook.v1.Subscribe} m Subscribe
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Subscribe.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.topic = "";
                    d.subscription = "";
                    d.type = o.enums === $String ? "SUBSCRIPTION_TYPE_EXCLUSIVE" : 0;
                    d.initialPosition = o.enums === $String ? "INITIAL_POSITION_LATEST" : 0;
                    d.consumerName = "";
                    d.priorityLevel = 0;
                    d.nonDurable = false;
                    d.startMessageId = null;
                    d.startInclusive = false;
                }
                if (m.topic != null && $Object.hasOwnProperty.call(m, "topic")) {
                    d.topic = m.topic;
                }
                if (m.subscription != null && $Object.hasOwnProperty.call(m, "subscription")) {
                    d.subscription = m.subscription;
                }
                if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                    d.type = o.enums === $String ? $root.brook.v1.SubscriptionType[m.type] === $undefined ? m.type : $root.brook.v1.SubscriptionType[m.type] : m.type;
                }
                if (m.initialPosition != null && $Object.hasOwnProperty.call(m, "initialPosition")) {
                    d.initialPosition = o.enums === $String ? $root.brook.v1.InitialPosition[m.initialPosition] === $undefined ? m.initialPosition : $root.brook.v1.InitialPosition[m.initialPosition] : m.initialPosition;
                }
                if (m.consumerName != null && $Object.hasOwnProperty.call(m, "consumerName")) {
                    d.consumerName = m.consumerName;
                }
                if (m.priorityLevel != null && $Object.hasOwnProperty.call(m, "priorityLevel")) {
                    d.priorityLevel = m.priorityLevel;
                }
                if (m.nonDurable != null && $Object.hasOwnProperty.call(m, "nonDurable")) {
                    d.nonDurable = m.nonDurable;
                }
                if (m.startMessageId != null && $Object.hasOwnProperty.call(m, "startMessageId")) {
                    d.startMessageId = $root.brook.v1.MessageIdData.toObject(m.startMessageId, o, q + 1);
                }
                if (m.startInclusive != null && $Object.hasOwnProperty.call(m, "startInclusive")) {
                    d.startInclusive = m.startInclusive;
                }
                return d;
            };

            /**
             * Converts this Subscribe to JSON.
             * @function toJSON
             * @memberof brook.v1.Subscribe
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Subscribe.prototype.toJSON = function() {
                return Subscribe.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Subscribe
             * @function getTypeUrl
             * @memberof brook.v1.Subscribe
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Subscribe.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brook.v1.Subscribe";
            };

            return Subscribe;
        })();

        v1.Flow = (function() {

            /**
             * Properties of a Flow.
             * @typedef {Object} brook.v1.Flow.$Properties
             * @property {number|null} [permits] Flow permits
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Flow.
             * @memberof brook.v1
             * @interface IFlow
             * @augments brook.v1.Flow.$Properties
             * @deprecated Use brook.v1.Flow.$Properties instead.
             */

            /**
             * Shape of a Flow.
             * @typedef {brook.v1.Flow.$Properties} brook.v1.Flow.$Shape
             */

            /**
             * Constructs a new Flow.
             * @memberof brook.v1
             * @classdesc Represents a Flow.
             * @constructor
             * @param {brook.v1.Flow.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Flow = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Flow permits.
             * @member {number} permits
             * @memberof brook.v1.Flow
             * @instance
             */
            Flow.prototype.permits = 0;

            /**
             * Creates a new Flow instance using the specified properties.
             * @function create
             * @memberof brook.v1.Flow
             * @static
             * @param {brook.v1.Flow.$Properties=} [properties] Properties to set
             * @returns {brook.v1.Flow} Flow instance
             * @type {{
             *   (properties: brook.v1.Flow.$Shape): brook.v1.Flow & brook.v1.Flow.$Shape;
             *   (properties?: brook.v1.Flow.$Properties): brook.v1.Flow;
             * }}
             */
            Flow.create = function(properties) {
                return new Flow(properties);
            };

            /**
             * Encodes the specified Flow message. Does not implicitly {@link brook.v1.Flow.verify|verify} messages.
             * @function encode
             * @memberof brook.v1.Flow
             * @static
             * @param {brook.v1.Flow.$Properties} m Flow message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Flow.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.permits != null && $Object.hasOwnProperty.call(m, "permits") && m.permits !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.permits);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Flow message from the specified reader or buffer.
             * @function decode
             * @memberof brook.v1.Flow
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {brook.v1.Flow & brook.v1.Flow.$Shape} Flow
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Flow.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.brook.v1.Flow();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.permits = v;
                            else
                                delete m.permits;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Flow message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brook.v1.Flow
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {brook.v1.Flow} Flow
             */
            Flow.fromObject = function (d, q) {
                if (d instanceof $root.brook.v1.Flow)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".brook.v1.Flow: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.brook.v1.Flow();
                if (d.permits != null) {
                    if ($Number(d.permits) !== 0) {
                        m.permits = d.permits >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Flow message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brook.v1.Flow
             * @static
             * @param {brook.v1.Flow} m Flow
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Flow.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.permits = 0;
                }
                if (m.permits != null && $Object.hasOwnProperty.call(m, "permits")) {
                    d.permits = m.permits;
                }
                return d;
            };

            /**
             * Converts this Flow to JSON.
             * @function toJSON
             * @memberof brook.v1.Flow
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Flow.prototype.toJSON = function() {
                return Flow.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Flow
             * @function getTypeUrl
             * @memberof brook.v1.Flow
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Flow.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brook.v1.Flow";
            };

            return Flow;
        })();

        v1.AckMessages = (function() {

            /**
             * Properties of an AckMessages.
             * @typedef {Object} brook.v1.AckMessages.$Properties
             * @property {Array.<brook.v1.MessageIdData.$Properties>|null} [ids] AckMessages ids
             * @property {boolean|null} [cumulative] AckMessages cumulative
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AckMessages.
             * @memberof brook.v1
             * @interface IAckMessages
             * @augments brook.v1.AckMessages.$Properties
             * @deprecated Use brook.v1.AckMessages.$Properties instead.
             */

            /**
             * Shape of an AckMessages.
             * @typedef {brook.v1.AckMessages.$Properties} brook.v1.AckMessages.$Shape
             */

            /**
             * Constructs a new AckMessages.
             * @memberof brook.v1
             * @classdesc Represents an AckMessages.
             * @constructor
             * @param {brook.v1.AckMessages.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var AckMessages = function (p) {
                this.ids = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * AckMessages ids.
             * @member {Array.<brook.v1.MessageIdData.$Properties>} ids
             * @memberof brook.v1.AckMessages
             * @instance
             */
            AckMessages.prototype.ids = $util.emptyArray;

            /**
             * AckMessages cumulative.
             * @member {boolean} cumulative
             * @memberof brook.v1.AckMessages
             * @instance
             */
            AckMessages.prototype.cumulative = false;

            /**
             * Creates a new AckMessages instance using the specified properties.
             * @function create
             * @memberof brook.v1.AckMessages
             * @static
             * @param {brook.v1.AckMessages.$Properties=} [properties] Properties to set
             * @returns {brook.v1.AckMessages} AckMessages instance
             * @type {{
             *   (properties: brook.v1.AckMessages.$Shape): brook.v1.AckMessages & brook.v1.AckMessages.$Shape;
             *   (properties?: brook.v1.AckMessages.$Properties): brook.v1.AckMessages;
             * }}
             */
            AckMessages.create = function(properties) {
                return new AckMessages(properties);
            };

            /**
             * Encodes the specified AckMessages message. Does not implicitly {@link brook.v1.AckMessages.verify|verify} messages.
             * @function encode
             * @memberof brook.v1.AckMessages
             * @static
             * @param {brook.v1.AckMessages.$Properties} m AckMessages message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AckMessages.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ids != null && m.ids.length) {
                    for (var i = 0; i < m.ids.length; ++i)
                        $root.brook.v1.MessageIdData.encode(m.ids[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.cumulative != null && $Object.hasOwnProperty.call(m, "cumulative") && m.cumulative !== false)
                    w.uint32(/* id 2, wireType 0 =*/16).bool(m.cumulative);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an AckMessages message from the specified reader or buffer.
             * @function decode
             * @memberof brook.v1.AckMessages
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {brook.v1.AckMessages & brook.v1.AckMessages.$Shape} AckMessages
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AckMessages.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.brook.v1.AckMessages();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.ids && m.ids.length))
                                m.ids = [];
                            m.ids.push($root.brook.v1.MessageIdData.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.cumulative = v;
                            else
                                delete m.cumulative;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an AckMessages message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brook.v1.AckMessages
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {brook.v1.AckMessages} AckMessages
             */
            AckMessages.fromObject = function (d, q) {
                if (d instanceof $root.brook.v1.AckMessages)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".brook.v1.AckMessages: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.brook.v1.AckMessages();
                if (d.ids) {
                    if (!$Array.isArray(d.ids))
                        throw $TypeError(".brook.v1.AckMessages.ids: array expected");
                    m.ids = $Array(d.ids.length);
                    for (var i = 0; i < d.ids.length; ++i) {
                        if (!$util.isObject(d.ids[i]))
                            throw $TypeError(".brook.v1.AckMessages.ids: object expected");
                        m.ids[i] = $root.brook.v1.MessageIdData.fromObject(d.ids[i], q + 1);
                    }
                }
                if (d.cumulative != null) {
                    if (d.cumulative) {
                        m.cumulative = $Boolean(d.cumulative);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an AckMessages message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brook.v1.AckMessages
             * @static
             * @param {brook.v1.AckMessages} m AckMessages
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AckMessages.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.ids = [];
                }
                if (o.defaults) {
                    d.cumulative = false;
                }
                if (m.ids && m.ids.length) {
                    d.ids = $Array(m.ids.length);
                    for (var j = 0; j < m.ids.length; ++j) {
                        d.ids[j] = $root.brook.v1.MessageIdData.toObject(m.ids[j], o, q + 1);
                    }
                }
                if (m.cumulative != null && $Object.hasOwnProperty.call(m, "cumulative")) {
                    d.cumulative = m.cumulative;
                }
                return d;
            };

            /**
             * Converts this AckMessages to JSON.
             * @function toJSON
             * @memberof brook.v1.AckMessages
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AckMessages.prototype.toJSON = function() {
                return AckMessages.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AckMessages
             * @function getTypeUrl
             * @memberof brook.v1.AckMessages
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AckMessages.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brook.v1.AckMessages";
            };

            return AckMessages;
        })();

        v1.Redeliver = (function() {

            /**
             * Properties of a Redeliver.
             * @typedef {Object} brook.v1.Redeliver.$Properties
             * @property {Array.<brook.v1.MessageIdData.$Properties>|null} [ids] Redeliver ids
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Redeliver.
             * @memberof brook.v1
             * @interface IRedeliver
             * @augments brook.v1.Redeliver.$Properties
             * @deprecated Use brook.v1.Redeliver.$Properties instead.
             */

            /**
             * Shape of a Redeliver.
             * @typedef {brook.v1.Redeliver.$Properties} brook.v1.Redeliver.$Shape
             */

            /**
             * Constructs a new Redeliver.
             * @memberof brook.v1
             * @classdesc Represents a Redeliver.
             * @constructor
             * @param {brook.v1.Redeliver.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Redeliver = function (p) {
                this.ids = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Redeliver ids.
             * @member {Array.<brook.v1.MessageIdData.$Properties>} ids
             * @memberof brook.v1.Redeliver
             * @instance
             */
            Redeliver.prototype.ids = $util.emptyArray;

            /**
             * Creates a new Redeliver instance using the specified properties.
             * @function create
             * @memberof brook.v1.Redeliver
             * @static
             * @param {brook.v1.Redeliver.$Properties=} [properties] Properties to set
             * @returns {brook.v1.Redeliver} Redeliver instance
             * @type {{
             *   (properties: brook.v1.Redeliver.$Shape): brook.v1.Redeliver & brook.v1.Redeliver.$Shape;
             *   (properties?: brook.v1.Redeliver.$Properties): brook.v1.Redeliver;
             * }}
             */
            Redeliver.create = function(properties) {
                return new Redeliver(properties);
            };

            /**
             * Encodes the specified Redeliver message. Does not implicitly {@link brook.v1.Redeliver.verify|verify} messages.
             * @function encode
             * @memberof brook.v1.Redeliver
             * @static
             * @param {brook.v1.Redeliver.$Properties} m Redeliver message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Redeliver.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ids != null && m.ids.length) {
                    for (var i = 0; i < m.ids.length; ++i)
                        $root.brook.v1.MessageIdData.encode(m.ids[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Redeliver message from the specified reader or buffer.
             * @function decode
             * @memberof brook.v1.Redeliver
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {brook.v1.Redeliver & brook.v1.Redeliver.$Shape} Redeliver
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Redeliver.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.brook.v1.Redeliver();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.ids && m.ids.length))
                                m.ids = [];
                            m.ids.push($root.brook.v1.MessageIdData.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Redeliver message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brook.v1.Redeliver
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {brook.v1.Redeliver} Redeliver
             */
            Redeliver.fromObject = function (d, q) {
                if (d instanceof $root.brook.v1.Redeliver)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".brook.v1.Redeliver: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.brook.v1.Redeliver();
                if (d.ids) {
                    if (!$Array.isArray(d.ids))
                        throw $TypeError(".brook.v1.Redeliver.ids: array expected");
                    m.ids = $Array(d.ids.length);
                    for (var i = 0; i < d.ids.length; ++i) {
                        if (!$util.isObject(d.ids[i]))
                            throw $TypeError(".brook.v1.Redeliver.ids: object expected");
                        m.ids[i] = $root.brook.v1.MessageIdData.fromObject(d.ids[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Redeliver message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brook.v1.Redeliver
             * @static
             * @param {brook.v1.Redeliver} m Redeliver
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Redeliver.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.ids = [];
                }
                if (m.ids && m.ids.length) {
                    d.ids = $Array(m.ids.length);
                    for (var j = 0; j < m.ids.length; ++j) {
                        d.ids[j] = $root.brook.v1.MessageIdData.toObject(m.ids[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this Redeliver to JSON.
             * @function toJSON
             * @memberof brook.v1.Redeliver
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Redeliver.prototype.toJSON = function() {
                return Redeliver.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Redeliver
             * @function getTypeUrl
             * @memberof brook.v1.Redeliver
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Redeliver.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brook.v1.Redeliver";
            };

            return Redeliver;
        })();

        v1.Seek = (function() {

            /**
             * Properties of a Seek.
             * @typedef {Object} brook.v1.Seek.$Properties
             * @property {brook.v1.MessageIdData.$Properties|null} [messageId] Seek messageId
             * @property {number|null} [publishTime] Seek publishTime
             * @property {number|null} [offset] Seek offset
             * @property {"messageId"|"publishTime"|"offset"} [target] Seek target
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Seek.
             * @memberof brook.v1
             * @interface ISeek
             * @augments brook.v1.Seek.$Properties
             * @deprecated Use brook.v1.Seek.$Properties instead.
             */

            /**
             * Narrowed shape of a Seek.
             * @typedef {{
             *   messageId?: brook.v1.MessageIdData.$Shape|null;
             *   publishTime?: number|null;
             *   offset?: number|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ target?: undefined; messageId?: null; publishTime?: null; offset?: null }|{ target?: "messageId"; messageId: brook.v1.MessageIdData.$Shape; publishTime?: null; offset?: null }|{ target?: "publishTime"; messageId?: null; publishTime: number; offset?: null }|{ target?: "offset"; messageId?: null; publishTime?: null; offset: number })
             * )} brook.v1.Seek.$Shape
             */

            /**
             * Constructs a new Seek.
             * @memberof brook.v1
             * @classdesc Represents a Seek.
             * @constructor
             * @param {brook.v1.Seek.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Seek = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Seek messageId.
             * @member {brook.v1.MessageIdData.$Properties|null|undefined} messageId
             * @memberof brook.v1.Seek
             * @instance
             */
            Seek.prototype.messageId = null;

            /**
             * Seek publishTime.
             * @member {number|null|undefined} publishTime
             * @memberof brook.v1.Seek
             * @instance
             */
            Seek.prototype.publishTime = null;

            /**
             * Seek offset.
             * @member {number|null|undefined} offset
             * @memberof brook.v1.Seek
             * @instance
             */
            Seek.prototype.offset = null;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            /**
             * Seek target.
             * @member {"messageId"|"publishTime"|"offset"|undefined} target
             * @memberof brook.v1.Seek
             * @instance
             */
            $Object.defineProperty(Seek.prototype, "target", {
                get: $util.oneOfGetter($oneOfFields = ["messageId", "publishTime", "offset"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Seek instance using the specified properties.
             * @function create
             * @memberof brook.v1.Seek
             * @static
             * @param {brook.v1.Seek.$Properties=} [properties] Properties to set
             * @returns {brook.v1.Seek} Seek instance
             * @type {{
             *   (properties: brook.v1.Seek.$Shape): brook.v1.Seek & brook.v1.Seek.$Shape;
             *   (properties?: brook.v1.Seek.$Properties): brook.v1.Seek;
             * }}
             */
            Seek.create = function(properties) {
                return new Seek(properties);
            };

            /**
             * Encodes the specified Seek message. Does not implicitly {@link brook.v1.Seek.verify|verify} messages.
             * @function encode
             * @memberof brook.v1.Seek
             * @static
             * @param {brook.v1.Seek.$Properties} m Seek message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Seek.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.messageId != null && $Object.hasOwnProperty.call(m, "messageId"))
                    $root.brook.v1.MessageIdData.encode(m.messageId, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.publishTime != null && $Object.hasOwnProperty.call(m, "publishTime"))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.publishTime);
                if (m.offset != null && $Object.hasOwnProperty.call(m, "offset"))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.offset);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Seek message from the specified reader or buffer.
             * @function decode
             * @memberof brook.v1.Seek
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {brook.v1.Seek & brook.v1.Seek.$Shape} Seek
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Seek.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.brook.v1.Seek();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.messageId = $root.brook.v1.MessageIdData.decode(r, r.size(), $undefined, q + 1, m.messageId);
                            m.target = "messageId";
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            m.publishTime = r.uint64();
                            m.target = "publishTime";
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            m.offset = r.uint64();
                            m.target = "offset";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Seek message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brook.v1.Seek
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {brook.v1.Seek} Seek
             */
            Seek.fromObject = function (d, q) {
                if (d instanceof $root.brook.v1.Seek)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".brook.v1.Seek: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.brook.v1.Seek();
                if (d.messageId != null) {
                    if (!$util.isObject(d.messageId))
                        throw $TypeError(".brook.v1.Seek.messageId: object expected");
                    m.messageId = $root.brook.v1.MessageIdData.fromObject(d.messageId, q + 1);
                }
                if (d.publishTime != null) {
                    if ($util.Long)
                        m.publishTime = $util.Long.fromValue(d.publishTime, true);
                    else if (typeof d.publishTime === "string")
                        m.publishTime = $parseInt(d.publishTime, 10);
                    else if (typeof d.publishTime === "number")
                        m.publishTime = d.publishTime;
                    else if (typeof d.publishTime === "object")
                        m.publishTime = new $util.LongBits(d.publishTime.low >>> 0, d.publishTime.high >>> 0).toNumber(true);
                }
                if (d.offset != null) {
                    if ($util.Long)
                        m.offset = $util.Long.fromValue(d.offset, true);
                    else if (typeof d.offset === "string")
                        m.offset = $parseInt(d.offset, 10);
                    else if (typeof d.offset === "number")
                        m.offset = d.offset;
                    else if (typeof d.offset === "object")
                        m.offset = new $util.LongBits(d.offset.low >>> 0, d.offset.high >>> 0).toNumber(true);
                }
                return m;
            };

            /**
             * Creates a plain object from a Seek message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brook.v1.Seek
             * @static
             * @param {brook.v1.Seek} m Seek
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Seek.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (m.messageId != null && $Object.hasOwnProperty.call(m, "messageId")) {
                    d.messageId = $root.brook.v1.MessageIdData.toObject(m.messageId, o, q + 1);
                    if (o.oneofs)
                        d.target = "messageId";
                }
                if (m.publishTime != null && $Object.hasOwnProperty.call(m, "publishTime")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.publishTime = typeof m.publishTime === "number" ? $BigInt(m.publishTime) : $util.Long.fromBits(m.publishTime.low >>> 0, m.publishTime.high >>> 0, true).toBigInt();
                    else if (typeof m.publishTime === "number")
                        d.publishTime = o.longs === $String ? $String(m.publishTime) : m.publishTime;
                    else
                        d.publishTime = o.longs === $String ? $util.Long.prototype.toString.call(m.publishTime) : o.longs === $Number ? new $util.LongBits(m.publishTime.low >>> 0, m.publishTime.high >>> 0).toNumber(true) : m.publishTime;
                    if (o.oneofs)
                        d.target = "publishTime";
                }
                if (m.offset != null && $Object.hasOwnProperty.call(m, "offset")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.offset = typeof m.offset === "number" ? $BigInt(m.offset) : $util.Long.fromBits(m.offset.low >>> 0, m.offset.high >>> 0, true).toBigInt();
                    else if (typeof m.offset === "number")
                        d.offset = o.longs === $String ? $String(m.offset) : m.offset;
                    else
                        d.offset = o.longs === $String ? $util.Long.prototype.toString.call(m.offset) : o.longs === $Number ? new $util.LongBits(m.offset.low >>> 0, m.offset.high >>> 0).toNumber(true) : m.offset;
                    if (o.oneofs)
                        d.target = "offset";
                }
                return d;
            };

            /**
             * Converts this Seek to JSON.
             * @function toJSON
             * @memberof brook.v1.Seek
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Seek.prototype.toJSON = function() {
                return Seek.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Seek
             * @function getTypeUrl
             * @memberof brook.v1.Seek
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Seek.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brook.v1.Seek";
            };

            return Seek;
        })();

        v1.ConsumeResponse = (function() {

            /**
             * Properties of a ConsumeResponse.
             * @typedef {Object} brook.v1.ConsumeResponse.$Properties
             * @property {brook.v1.Subscribed.$Properties|null} [subscribed] ConsumeResponse subscribed
             * @property {brook.v1.Deliveries.$Properties|null} [deliveries] ConsumeResponse deliveries
             * @property {brook.v1.SeekCompleted.$Properties|null} [seekCompleted] ConsumeResponse seekCompleted
             * @property {brook.v1.ActiveConsumerChange.$Properties|null} [activeChange] ConsumeResponse activeChange
             * @property {"subscribed"|"deliveries"|"seekCompleted"|"activeChange"} [kind] ConsumeResponse kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConsumeResponse.
             * @memberof brook.v1
             * @interface IConsumeResponse
             * @augments brook.v1.ConsumeResponse.$Properties
             * @deprecated Use brook.v1.ConsumeResponse.$Properties instead.
             */

            /**
             * Narrowed shape of a ConsumeResponse.
             * @typedef {{
             *   subscribed?: brook.v1.Subscribed.$Shape|null;
             *   deliveries?: brook.v1.Deliveries.$Shape|null;
             *   seekCompleted?: brook.v1.SeekCompleted.$Shape|null;
             *   activeChange?: brook.v1.ActiveConsumerChange.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; subscribed?: null; deliveries?: null; seekCompleted?: null; activeChange?: null }|{ kind?: "subscribed"; subscribed: brook.v1.Subscribed.$Shape; deliveries?: null; seekCompleted?: null; activeChange?: null }|{ kind?: "deliveries"; subscribed?: null; deliveries: brook.v1.Deliveries.$Shape; seekCompleted?: null; activeChange?: null }|{ kind?: "seekCompleted"; subscribed?: null; deliveries?: null; seekCompleted: brook.v1.SeekCompleted.$Shape; activeChange?: null }|{ kind?: "activeChange"; subscribed?: null; deliveries?: null; seekCompleted?: null; activeChange: brook.v1.ActiveConsumerChange.$Shape })
             * )} brook.v1.ConsumeResponse.$Shape
             */

            /**
             * Constructs a new ConsumeResponse.
             * @memberof brook.v1
             * @classdesc Represents a ConsumeResponse.
             * @constructor
             * @param {brook.v1.ConsumeResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ConsumeResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ConsumeResponse subscribed.
             * @member {brook.v1.Subscribed.$Properties|null|undefined} subscribed
             * @memberof brook.v1.ConsumeResponse
             * @instance
             */
            ConsumeResponse.prototype.subscribed = null;

            /**
             * ConsumeResponse deliveries.
             * @member {brook.v1.Deliveries.$Properties|null|undefined} deliveries
             * @memberof brook.v1.ConsumeResponse
             * @instance
             */
            ConsumeResponse.prototype.deliveries = null;

            /**
             * ConsumeResponse seekCompleted.
             * @member {brook.v1.SeekCompleted.$Properties|null|undefined} seekCompleted
             * @memberof brook.v1.ConsumeResponse
             * @instance
             */
            ConsumeResponse.prototype.seekCompleted = null;

            /**
             * ConsumeResponse activeChange.
             * @member {brook.v1.ActiveConsumerChange.$Properties|null|undefined} activeChange
             * @memberof brook.v1.ConsumeResponse
             * @instance
             */
            ConsumeResponse.prototype.activeChange = null;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            /**
             * ConsumeResponse kind.
             * @member {"subscribed"|"deliveries"|"seekCompleted"|"activeChange"|undefined} kind
             * @memberof brook.v1.ConsumeResponse
             * @instance
             */
            $Object.defineProperty(ConsumeResponse.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["subscribed", "deliveries", "seekCompleted", "activeChange"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ConsumeResponse instance using the specified properties.
             * @function create
             * @memberof brook.v1.ConsumeResponse
             * @static
             * @param {brook.v1.ConsumeResponse.$Properties=} [properties] Properties to set
             * @returns {brook.v1.ConsumeResponse} ConsumeResponse instance
             * @type {{
             *   (properties: brook.v1.ConsumeResponse.$Shape): brook.v1.ConsumeResponse & brook.v1.ConsumeResponse.$Shape;
             *   (properties?: brook.v1.ConsumeResponse.$Properties): brook.v1.ConsumeResponse;
             * }}
             */
            ConsumeResponse.create = function(properties) {
                return new ConsumeResponse(properties);
            };

            /**
             * Encodes the specified ConsumeResponse message. Does not implicitly {@link brook.v1.ConsumeResponse.verify|verify} messages.
             * @function encode
             * @memberof brook.v1.ConsumeResponse
             * @static
             * @param {brook.v1.ConsumeResponse.$Properties} m ConsumeResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConsumeResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.subscribed != null && $Object.hasOwnProperty.call(m, "subscribed"))
                    $root.brook.v1.Subscribed.encode(m.subscribed, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.deliveries != null && $Object.hasOwnProperty.call(m, "deliveries"))
                    $root.brook.v1.Deliveries.encode(m.deliveries, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.seekCompleted != null && $Object.hasOwnProperty.call(m, "seekCompleted"))
                    $root.brook.v1.SeekCompleted.encode(m.seekCompleted, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.activeChange != null && $Object.hasOwnProperty.call(m, "activeChange"))
                    $root.brook.v1.ActiveConsumerChange.encode(m.activeChange, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ConsumeResponse message from the specified reader or buffer.
             * @function decode
             * @memberof brook.v1.ConsumeResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {brook.v1.ConsumeResponse & brook.v1.ConsumeResponse.$Shape} ConsumeResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConsumeResponse.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.brook.v1.ConsumeResponse();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.subscribed = $root.brook.v1.Subscribed.decode(r, r.size(), $undefined, q + 1, m.subscribed);
                            m.kind = "subscribed";
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.deliveries = $root.brook.v1.Deliveries.decode(r, r.size(), $undefined, q + 1, m.deliveries);
                            m.kind = "deliveries";
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.seekCompleted = $root.brook.v1.SeekCompleted.decode(r, r.size(), $undefined, q + 1, m.seekCompleted);
                            m.kind = "seekCompleted";
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.activeChange = $root.brook.v1.ActiveConsumerChange.decode(r, r.size(), $undefined, q + 1, m.activeChange);
                            m.kind = "activeChange";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a ConsumeResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brook.v1.ConsumeResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {brook.v1.ConsumeResponse} ConsumeResponse
             */
            ConsumeResponse.fromObject = function (d, q) {
                if (d instanceof $root.brook.v1.ConsumeResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".brook.v1.ConsumeResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.brook.v1.ConsumeResponse();
                if (d.subscribed != null) {
                    if (!$util.isObject(d.subscribed))
                        throw $TypeError(".brook.v1.ConsumeResponse.subscribed: object expected");
                    m.subscribed = $root.brook.v1.Subscribed.fromObject(d.subscribed, q + 1);
                }
                if (d.deliveries != null) {
                    if (!$util.isObject(d.deliveries))
                        throw $TypeError(".brook.v1.ConsumeResponse.deliveries: object expected");
                    m.deliveries = $root.brook.v1.Deliveries.fromObject(d.deliveries, q + 1);
                }
                if (d.seekCompleted != null) {
                    if (!$util.isObject(d.seekCompleted))
                        throw $TypeError(".brook.v1.ConsumeResponse.seekCompleted: object expected");
                    m.seekCompleted = $root.brook.v1.SeekCompleted.fromObject(d.seekCompleted, q + 1);
                }
                if (d.activeChange != null) {
                    if (!$util.isObject(d.activeChange))
                        throw $TypeError(".brook.v1.ConsumeResponse.activeChange: object expected");
                    m.activeChange = $root.brook.v1.ActiveConsumerChange.fromObject(d.activeChange, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a ConsumeResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brook.v1.ConsumeResponse
             * @static
             * @param {brook.v1.ConsumeResponse} m ConsumeResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ConsumeResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (m.subscribed != null && $Object.hasOwnProperty.call(m, "subscribed")) {
                    d.subscribed = $root.brook.v1.Subscribed.toObject(m.subscribed, o, q + 1);
                    if (o.oneofs)
                        d.kind = "subscribed";
                }
                if (m.deliveries != null && $Object.hasOwnProperty.call(m, "deliveries")) {
                    d.deliveries = $root.brook.v1.Deliveries.toObject(m.deliveries, o, q + 1);
                    if (o.oneofs)
                        d.kind = "deliveries";
                }
                if (m.seekCompleted != null && $Object.hasOwnProperty.call(m, "seekCompleted")) {
                    d.seekCompleted = $root.brook.v1.SeekCompleted.toObject(m.seekCompleted, o, q + 1);
                    if (o.oneofs)
                        d.kind = "seekCompleted";
                }
                if (m.activeChange != null && $Object.hasOwnProperty.call(m, "activeChange")) {
                    d.activeChange = $root.brook.v1.ActiveConsumerChange.toObject(m.activeChange, o, q + 1);
                    if (o.oneofs)
                        d.kind = "activeChange";
                }
                return d;
            };

            /**
             * Converts this ConsumeResponse to JSON.
             * @function toJSON
             * @memberof brook.v1.ConsumeResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ConsumeResponse.prototype.toJSON = function() {
                return ConsumeResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ConsumeResponse
             * @function getTypeUrl
             * @memberof brook.v1.ConsumeResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ConsumeResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brook.v1.ConsumeResponse";
            };

            return ConsumeResponse;
        })();

        v1.SeekCompleted = (function() {

            /**
             * Properties of a SeekCompleted.
             * @typedef {Object} brook.v1.SeekCompleted.$Properties
             * @property {number|null} [offset] SeekCompleted offset
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SeekCompleted.
             * @memberof brook.v1
             * @interface ISeekCompleted
             * @augments brook.v1.SeekCompleted.$Properties
             * @deprecated Use brook.v1.SeekCompleted.$Properties instead.
             */

            /**
             * Shape of a SeekCompleted.
             * @typedef {brook.v1.SeekCompleted.$Properties} brook.v1.SeekCompleted.$Shape
             */

            /**
             * Constructs a new SeekCompleted.
             * @memberof brook.v1
             * @classdesc Represents a SeekCompleted.
             * @constructor
             * @param {brook.v1.SeekCompleted.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SeekCompleted = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SeekCompleted offset.
             * @member {number} offset
             * @memberof brook.v1.SeekCompleted
             * @instance
             */
            SeekCompleted.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new SeekCompleted instance using the specified properties.
             * @function create
             * @memberof brook.v1.SeekCompleted
             * @static
             * @param {brook.v1.SeekCompleted.$Properties=} [properties] Properties to set
             * @returns {brook.v1.SeekCompleted} SeekCompleted instance
             * @type {{
             *   (properties: brook.v1.SeekCompleted.$Shape): brook.v1.SeekCompleted & brook.v1.SeekCompleted.$Shape;
             *   (properties?: brook.v1.SeekCompleted.$Properties): brook.v1.SeekCompleted;
             * }}
             */
            SeekCompleted.create = function(properties) {
                return new SeekCompleted(properties);
            };

            /**
             * Encodes the specified SeekCompleted message. Does not implicitly {@link brook.v1.SeekCompleted.verify|verify} messages.
             * @function encode
             * @memberof brook.v1.SeekCompleted
             * @static
             * @param {brook.v1.SeekCompleted.$Properties} m SeekCompleted message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SeekCompleted.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.offset != null && $Object.hasOwnProperty.call(m, "offset") && (typeof m.offset === "object" ? m.offset.low || m.offset.high : m.offset !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.offset);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a SeekCompleted message from the specified reader or buffer.
             * @function decode
             * @memberof brook.v1.SeekCompleted
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {brook.v1.SeekCompleted & brook.v1.SeekCompleted.$Shape} SeekCompleted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SeekCompleted.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.brook.v1.SeekCompleted();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.offset = v;
                            else
                                delete m.offset;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a SeekCompleted message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brook.v1.SeekCompleted
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {brook.v1.SeekCompleted} SeekCompleted
             */
            SeekCompleted.fromObject = function (d, q) {
                if (d instanceof $root.brook.v1.SeekCompleted)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".brook.v1.SeekCompleted: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.brook.v1.SeekCompleted();
                if (d.offset != null) {
                    if (typeof d.offset === "object" ? d.offset.low || d.offset.high : $Number(d.offset) !== 0) {
                        if ($util.Long)
                            m.offset = $util.Long.fromValue(d.offset, true);
                        else if (typeof d.offset === "string")
                            m.offset = $parseInt(d.offset, 10);
                        else if (typeof d.offset === "number")
                            m.offset = d.offset;
                        else if (typeof d.offset === "object")
                            m.offset = new $util.LongBits(d.offset.low >>> 0, d.offset.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SeekCompleted message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brook.v1.SeekCompleted
             * @static
             * @param {brook.v1.SeekCompleted} m SeekCompleted
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SeekCompleted.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.offset = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.offset = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.offset != null && $Object.hasOwnProperty.call(m, "offset")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.offset = typeof m.offset === "number" ? $BigInt(m.offset) : $util.Long.fromBits(m.offset.low >>> 0, m.offset.high >>> 0, true).toBigInt();
                    else if (typeof m.offset === "number")
                        d.offset = o.longs === $String ? $String(m.offset) : m.offset;
                    else
                        d.offset = o.longs === $String ? $util.Long.prototype.toString.call(m.offset) : o.longs === $Number ? new $util.LongBits(m.offset.low >>> 0, m.offset.high >>> 0).toNumber(true) : m.offset;
                }
                return d;
            };

            /**
             * Converts this SeekCompleted to JSON.
             * @function toJSON
             * @memberof brook.v1.SeekCompleted
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SeekCompleted.prototype.toJSON = function() {
                return SeekCompleted.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SeekCompleted
             * @function getTypeUrl
             * @memberof brook.v1.SeekCompleted
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SeekCompleted.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brook.v1.SeekCompleted";
            };

            return SeekCompleted;
        })();

        v1.ActiveConsumerChange = (function() {

            /**
             * Properties of an ActiveConsumerChange.
             * @typedef {Object} brook.v1.ActiveConsumerChange.$Properties
             * @property {boolean|null} [active] ActiveConsumerChange active
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ActiveConsumerChange.
             * @memberof brook.v1
             * @interface IActiveConsumerChange
             * @augments brook.v1.ActiveConsumerChange.$Properties
             * @deprecated Use brook.v1.ActiveConsumerChange.$Properties instead.
             */

            /**
             * Shape of an ActiveConsumerChange.
             * @typedef {brook.v1.ActiveConsumerChange.$Properties} brook.v1.ActiveConsumerChange.$Shape
             */

            /**
             * Constructs a new ActiveConsumerChange.
             * @memberof brook.v1
             * @classdesc Represents an ActiveConsumerChange.
             * @constructor
             * @param {brook.v1.ActiveConsumerChange.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ActiveConsumerChange = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ActiveConsumerChange active.
             * @member {boolean} active
             * @memberof brook.v1.ActiveConsumerChange
             * @instance
             */
            ActiveConsumerChange.prototype.active = false;

            /**
             * Creates a new ActiveConsumerChange instance using the specified properties.
             * @function create
             * @memberof brook.v1.ActiveConsumerChange
             * @static
             * @param {brook.v1.ActiveConsumerChange.$Properties=} [properties] Properties to set
             * @returns {brook.v1.ActiveConsumerChange} ActiveConsumerChange instance
             * @type {{
             *   (properties: brook.v1.ActiveConsumerChange.$Shape): brook.v1.ActiveConsumerChange & brook.v1.ActiveConsumerChange.$Shape;
             *   (properties?: brook.v1.ActiveConsumerChange.$Properties): brook.v1.ActiveConsumerChange;
             * }}
             */
            ActiveConsumerChange.create = function(properties) {
                return new ActiveConsumerChange(properties);
            };

            /**
             * Encodes the specified ActiveConsumerChange message. Does not implicitly {@link brook.v1.ActiveConsumerChange.verify|verify} messages.
             * @function encode
             * @memberof brook.v1.ActiveConsumerChange
             * @static
             * @param {brook.v1.ActiveConsumerChange.$Properties} m ActiveConsumerChange message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ActiveConsumerChange.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.active != null && $Object.hasOwnProperty.call(m, "active") && m.active !== false)
                    w.uint32(/* id 1, wireType 0 =*/8).bool(m.active);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an ActiveConsumerChange message from the specified reader or buffer.
             * @function decode
             * @memberof brook.v1.ActiveConsumerChange
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {brook.v1.ActiveConsumerChange & brook.v1.ActiveConsumerChange.$Shape} ActiveConsumerChange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ActiveConsumerChange.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.brook.v1.ActiveConsumerChange();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.active = v;
                            else
                                delete m.active;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an ActiveConsumerChange message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brook.v1.ActiveConsumerChange
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {brook.v1.ActiveConsumerChange} ActiveConsumerChange
             */
            ActiveConsumerChange.fromObject = function (d, q) {
                if (d instanceof $root.brook.v1.ActiveConsumerChange)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".brook.v1.ActiveConsumerChange: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.brook.v1.ActiveConsumerChange();
                if (d.active != null) {
                    if (d.active) {
                        m.active = $Boolean(d.active);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an ActiveConsumerChange message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brook.v1.ActiveConsumerChange
             * @static
             * @param {brook.v1.ActiveConsumerChange} m ActiveConsumerChange
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ActiveConsumerChange.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.active = false;
                }
                if (m.active != null && $Object.hasOwnProperty.call(m, "active")) {
                    d.active = m.active;
                }
                return d;
            };

            /**
             * Converts this ActiveConsumerChange to JSON.
             * @function toJSON
             * @memberof brook.v1.ActiveConsumerChange
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ActiveConsumerChange.prototype.toJSON = function() {
                return ActiveConsumerChange.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ActiveConsumerChange
             * @function getTypeUrl
             * @memberof brook.v1.ActiveConsumerChange
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ActiveConsumerChange.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brook.v1.ActiveConsumerChange";
            };

            return ActiveConsumerChange;
        })();

        v1.Subscribed = (function() {

            /**
             * Properties of a Subscribed.
             * @typedef {Object} brook.v1.Subscribed.$Properties
             * @property {string|null} [topic] Subscribed topic
             * @property {string|null} [consumerName] Subscribed consumerName
             * @property {number|null} [partition] Subscribed partition
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Subscribed.
             * @memberof brook.v1
             * @interface ISubscribed
             * @augments brook.v1.Subscribed.$Properties
             * @deprecated Use brook.v1.Subscribed.$Properties instead.
             */

            /**
             * Shape of a Subscribed.
             * @typedef {brook.v1.Subscribed.$Properties} brook.v1.Subscribed.$Shape
             */

            /**
             * Constructs a new Subscribed.
             * @memberof brook.v1
             * @classdesc Represents a Subscribed.
             * @constructor
             * @param {brook.v1.Subscribed.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Subscribed = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Subscribed topic.
             * @member {string} topic
             * @memberof brook.v1.Subscribed
             * @instance
             */
            Subscribed.prototype.topic = "";

            /**
             * Subscribed consumerName.
             * @member {string} consumerName
             * @memberof brook.v1.Subscribed
             * @instance
             */
            Subscribed.prototype.consumerName = "";

            /**
             * Subscribed partition.
             * @member {number} partition
             * @memberof brook.v1.Subscribed
             * @instance
             */
            Subscribed.prototype.partition = 0;

            /**
             * Creates a new Subscribed instance using the specified properties.
             * @function create
             * @memberof brook.v1.Subscribed
             * @static
             * @param {brook.v1.Subscribed.$Properties=} [properties] Properties to set
             * @returns {brook.v1.Subscribed} Subscribed instance
             * @type {{
             *   (properties: brook.v1.Subscribed.$Shape): brook.v1.Subscribed & brook.v1.Subscribed.$Shape;
             *   (properties?: brook.v1.Subscribed.$Properties): brook.v1.Subscribed;
             * }}
             */
            Subscribed.create = function(properties) {
                return new Subscribed(properties);
            };

            /**
             * Encodes the specified Subscribed message. Does not implicitly {@link brook.v1.Subscribed.verify|verify} messages.
             * @function encode
             * @memberof brook.v1.Subscribed
             * @static
             * @param {brook.v1.Subscribed.$Properties} m Subscribed message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Subscribed.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.topic != null && $Object.hasOwnProperty.call(m, "topic") && m.topic !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.topic);
                if (m.consumerName != null && $Object.hasOwnProperty.call(m, "consumerName") && m.consumerName !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.consumerName);
                if (m.partition != null && $Object.hasOwnProperty.call(m, "partition") && m.partition !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).int32(m.partition);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Subscribed message from the specified reader or buffer.
             * @function decode
             * @memberof brook.v1.Subscribed
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {brook.v1.Subscribed & brook.v1.Subscribed.$Shape} Subscribed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Subscribed.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.brook.v1.Subscribed();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.topic = v;
                            else
                                delete m.topic;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.consumerName = v;
                            else
                                delete m.consumerName;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.partition = v;
                            else
                                delete m.partition;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Subscribed message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brook.v1.Subscribed
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {brook.v1.Subscribed} Subscribed
             */
            Subscribed.fromObject = function (d, q) {
                if (d instanceof $root.brook.v1.Subscribed)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".brook.v1.Subscribed: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.brook.v1.Subscribed();
                if (d.topic != null) {
                    if (typeof d.topic !== "string" || d.topic.length) {
                        m.topic = $String(d.topic);
                    }
                }
                if (d.consumerName != null) {
                    if (typeof d.consumerName !== "string" || d.consumerName.length) {
                        m.consumerName = $String(d.consumerName);
                    }
                }
                if (d.partition != null) {
                    if ($Number(d.partition) !== 0) {
                        m.partition = d.partition | 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Subscribed message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brook.v1.Subscribed
             * @static
             * @param {brook.v1.Subscribed} m Subscribed
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Subscribed.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.topic = "";
                    d.consumerName = "";
                    d.partition = 0;
                }
                if (m.topic != null && $Object.hasOwnProperty.call(m, "topic")) {
                    d.topic = m.topic;
                }
                if (m.consumerName != null && $Object.hasOwnProperty.call(m, "consumerName")) {
                    d.consumerName = m.consumerName;
                }
                if (m.partition != null && $Object.hasOwnProperty.call(m, "partition")) {
                    d.partition = m.partition;
                }
                return d;
            };

            /**
             * Converts this Subscribed to JSON.
             * @function toJSON
             * @memberof brook.v1.Subscribed
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Subscribed.prototype.toJSON = function() {
                return Subscribed.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Subscribed
             * @function getTypeUrl
             * @memberof brook.v1.Subscribed
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Subscribed.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brook.v1.Subscribed";
            };

            return Subscribed;
        })();

        v1.Deliveries = (function() {

            /**
             * Properties of a Deliveries.
             * @typedef {Object} brook.v1.Deliveries.$Properties
             * @property {Array.<brook.v1.DeliveredEntry.$Properties>|null} [entries] Deliveries entries
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Deliveries.
             * @memberof brook.v1
             * @interface IDeliveries
             * @augments brook.v1.Deliveries.$Properties
             * @deprecated Use brook.v1.Deliveries.$Properties instead.
             */

            /**
             * Shape of a Deliveries.
             * @typedef {brook.v1.Deliveries.$Properties} brook.v1.Deliveries.$Shape
             */

            /**
             * Constructs a new Deliveries.
             * @memberof brook.v1
             * @classdesc Represents a Deliveries.
             * @constructor
             * @param {brook.v1.Deliveries.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Deliveries = function (p) {
                this.entries = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Deliveries entries.
             * @member {Array.<brook.v1.DeliveredEntry.$Properties>} entries
             * @memberof brook.v1.Deliveries
             * @instance
             */
            Deliveries.prototype.entries = $util.emptyArray;

            /**
             * Creates a new Deliveries instance using the specified properties.
             * @function create
             * @memberof brook.v1.Deliveries
             * @static
             * @param {brook.v1.Deliveries.$Properties=} [properties] Properties to set
             * @returns {brook.v1.Deliveries} Deliveries instance
             * @type {{
             *   (properties: brook.v1.Deliveries.$Shape): brook.v1.Deliveries & brook.v1.Deliveries.$Shape;
             *   (properties?: brook.v1.Deliveries.$Properties): brook.v1.Deliveries;
             * }}
             */
            Deliveries.create = function(properties) {
                return new Deliveries(properties);
            };

            /**
             * Encodes the specified Deliveries message. Does not implicitly {@link brook.v1.Deliveries.verify|verify} messages.
             * @function encode
             * @memberof brook.v1.Deliveries
             * @static
             * @param {brook.v1.Deliveries.$Properties} m Deliveries message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Deliveries.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.entries != null && m.entries.length) {
                    for (var i = 0; i < m.entries.length; ++i)
                        $root.brook.v1.DeliveredEntry.encode(m.entries[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Deliveries message from the specified reader or buffer.
             * @function decode
             * @memberof brook.v1.Deliveries
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {brook.v1.Deliveries & brook.v1.Deliveries.$Shape} Deliveries
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Deliveries.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.brook.v1.Deliveries();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.entries && m.entries.length))
                                m.entries = [];
                            m.entries.push($root.brook.v1.DeliveredEntry.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Deliveries message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brook.v1.Deliveries
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {brook.v1.Deliveries} Deliveries
             */
            Deliveries.fromObject = function (d, q) {
                if (d instanceof $root.brook.v1.Deliveries)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".brook.v1.Deliveries: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.brook.v1.Deliveries();
                if (d.entries) {
                    if (!$Array.isArray(d.entries))
                        throw $TypeError(".brook.v1.Deliveries.entries: array expected");
                    m.entries = $Array(d.entries.length);
                    for (var i = 0; i < d.entries.length; ++i) {
                        if (!$util.isObject(d.entries[i]))
                            throw $TypeError(".brook.v1.Deliveries.entries: object expected");
                        m.entries[i] = $root.brook.v1.DeliveredEntry.fromObject(d.entries[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Deliveries message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brook.v1.Deliveries
             * @static
             * @param {brook.v1.Deliveries} m Deliveries
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Deliveries.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.entries = [];
                }
                if (m.entries && m.entries.length) {
                    d.entries = $Array(m.entries.length);
                    for (var j = 0; j < m.entries.length; ++j) {
                        d.entries[j] = $root.brook.v1.DeliveredEntry.toObject(m.entries[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this Deliveries to JSON.
             * @function toJSON
             * @memberof brook.v1.Deliveries
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Deliveries.prototype.toJSON = function() {
                return Deliveries.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Deliveries
             * @function getTypeUrl
             * @memberof brook.v1.Deliveries
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Deliveries.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brook.v1.Deliveries";
            };

            return Deliveries;
        })();

        v1.DeliveredEntry = (function() {

            /**
             * Properties of a DeliveredEntry.
             * @typedef {Object} brook.v1.DeliveredEntry.$Properties
             * @property {number|null} [ledgerId] DeliveredEntry ledgerId
             * @property {number|null} [entryId] DeliveredEntry entryId
             * @property {number|null} [baseOffset] DeliveredEntry baseOffset
             * @property {number|null} [messageCount] DeliveredEntry messageCount
             * @property {number|null} [publishTime] DeliveredEntry publishTime
             * @property {string|null} [producerName] DeliveredEntry producerName
             * @property {number|null} [sequenceId] DeliveredEntry sequenceId
             * @property {brook.v1.Codec|null} [codec] DeliveredEntry codec
             * @property {number|null} [uncompressedSize] DeliveredEntry uncompressedSize
             * @property {number|null} [payloadCrc32c] DeliveredEntry payloadCrc32c
             * @property {Uint8Array|null} [payload] DeliveredEntry payload
             * @property {number|null} [redeliveryCount] DeliveredEntry redeliveryCount
             * @property {Array.<number>|null} [ackedIndexes] DeliveredEntry ackedIndexes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeliveredEntry.
             * @memberof brook.v1
             * @interface IDeliveredEntry
             * @augments brook.v1.DeliveredEntry.$Properties
             * @deprecated Use brook.v1.DeliveredEntry.$Properties instead.
             */

            /**
             * Shape of a DeliveredEntry.
             * @typedef {brook.v1.DeliveredEntry.$Properties} brook.v1.DeliveredEntry.$Shape
             */

            /**
             * Constructs a new DeliveredEntry.
             * @memberof brook.v1
             * @classdesc Represents a DeliveredEntry.
             * @constructor
             * @param {brook.v1.DeliveredEntry.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var DeliveredEntry = function (p) {
                this.ackedIndexes = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DeliveredEntry ledgerId.
             * @member {number} ledgerId
             * @memberof brook.v1.DeliveredEntry
             * @instance
             */
            DeliveredEntry.prototype.ledgerId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DeliveredEntry entryId.
             * @member {number} entryId
             * @memberof brook.v1.DeliveredEntry
             * @instance
             */
            DeliveredEntry.prototype.entryId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DeliveredEntry baseOffset.
             * @member {number} baseOffset
             * @memberof brook.v1.DeliveredEntry
             * @instance
             */
            DeliveredEntry.prototype.baseOffset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DeliveredEntry messageCount.
             * @member {number} messageCount
             * @memberof brook.v1.DeliveredEntry
             * @instance
             */
            DeliveredEntry.prototype.messageCount = 0;

            /**
             * DeliveredEntry publishTime.
             * @member {number} publishTime
             * @memberof brook.v1.DeliveredEntry
             * @instance
             */
            DeliveredEntry.prototype.publishTime = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DeliveredEntry producerName.
             * @member {string} producerName
             * @memberof brook.v1.DeliveredEntry
             * @instance
             */
            DeliveredEntry.prototype.producerName = "";

            /**
             * DeliveredEntry sequenceId.
             * @member {number} sequenceId
             * @memberof brook.v1.DeliveredEntry
             * @instance
             */
            DeliveredEntry.prototype.sequenceId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DeliveredEntry codec.
             * @member {brook.v1.Codec} codec
             * @memberof brook.v1.DeliveredEntry
             * @instance
             */
            DeliveredEntry.prototype.codec = 0;

            /**
             * DeliveredEntry uncompressedSize.
             * @member {number} uncompressedSize
             * @memberof brook.v1.DeliveredEntry
             * @instance
             */
            DeliveredEntry.prototype.uncompressedSize = 0;

            /**
             * DeliveredEntry payloadCrc32c.
             * @member {number} payloadCrc32c
             * @memberof brook.v1.DeliveredEntry
             * @instance
             */
            DeliveredEntry.prototype.payloadCrc32c = 0;

            /**
             * DeliveredEntry payload.
             * @member {Uint8Array} payload
             * @memberof brook.v1.DeliveredEntry
             * @instance
             */
            DeliveredEntry.prototype.payload = $util.newBuffer([]);

            /**
             * DeliveredEntry redeliveryCount.
             * @member {number} redeliveryCount
             * @memberof brook.v1.DeliveredEntry
             * @instance
             */
            DeliveredEntry.prototype.redeliveryCount = 0;

            /**
             * DeliveredEntry ackedIndexes.
             * @member {Array.<number>} ackedIndexes
             * @memberof brook.v1.DeliveredEntry
             * @instance
             */
            DeliveredEntry.prototype.ackedIndexes = $util.emptyArray;

            /**
             * Creates a new DeliveredEntry instance using the specified properties.
             * @function create
             * @memberof brook.v1.DeliveredEntry
             * @static
             * @param {brook.v1.DeliveredEntry.$Properties=} [properties] Properties to set
             * @returns {brook.v1.DeliveredEntry} DeliveredEntry instance
             * @type {{
             *   (properties: brook.v1.DeliveredEntry.$Shape): brook.v1.DeliveredEntry & brook.v1.DeliveredEntry.$Shape;
             *   (properties?: brook.v1.DeliveredEntry.$Properties): brook.v1.DeliveredEntry;
             * }}
             */
            DeliveredEntry.create = function(properties) {
                return new DeliveredEntry(properties);
            };

            /**
             * Encodes the specified DeliveredEntry message. Does not implicitly {@link brook.v1.DeliveredEntry.verify|verify} messages.
             * @function encode
             * @memberof brook.v1.DeliveredEntry
             * @static
             * @param {brook.v1.DeliveredEntry.$Properties} m DeliveredEntry message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeliveredEntry.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ledgerId != null && $Object.hasOwnProperty.call(m, "ledgerId") && (typeof m.ledgerId === "object" ? m.ledgerId.low || m.ledgerId.high : m.ledgerId !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.ledgerId);
                if (m.entryId != null && $Object.hasOwnProperty.call(m, "entryId") && (typeof m.entryId === "object" ? m.entryId.low || m.entryId.high : m.entryId !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.entryId);
                if (m.baseOffset != null && $Object.hasOwnProperty.call(m, "baseOffset") && (typeof m.baseOffset === "object" ? m.baseOffset.low || m.baseOffset.high : m.baseOffset !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.baseOffset);
                if (m.messageCount != null && $Object.hasOwnProperty.call(m, "messageCount") && m.messageCount !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.messageCount);
                if (m.publishTime != null && $Object.hasOwnProperty.call(m, "publishTime") && (typeof m.publishTime === "object" ? m.publishTime.low || m.publishTime.high : m.publishTime !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).uint64(m.publishTime);
                if (m.producerName != null && $Object.hasOwnProperty.call(m, "producerName") && m.producerName !== "")
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.producerName);
                if (m.sequenceId != null && $Object.hasOwnProperty.call(m, "sequenceId") && (typeof m.sequenceId === "object" ? m.sequenceId.low || m.sequenceId.high : m.sequenceId !== 0))
                    w.uint32(/* id 7, wireType 0 =*/56).uint64(m.sequenceId);
                if (m.codec != null && $Object.hasOwnProperty.call(m, "codec") && m.codec !== 0)
                    w.uint32(/* id 8, wireType 0 =*/64).int32(m.codec);
                if (m.uncompressedSize != null && $Object.hasOwnProperty.call(m, "uncompressedSize") && m.uncompressedSize !== 0)
                    w.uint32(/* id 9, wireType 0 =*/72).uint32(m.uncompressedSize);
                if (m.payloadCrc32c != null && $Object.hasOwnProperty.call(m, "payloadCrc32c") && m.payloadCrc32c !== 0)
                    w.uint32(/* id 10, wireType 0 =*/80).uint32(m.payloadCrc32c);
                if (m.payload != null && $Object.hasOwnProperty.call(m, "payload") && m.payload.length)
                    w.uint32(/* id 11, wireType 2 =*/90).bytes(m.payload);
                if (m.redeliveryCount != null && $Object.hasOwnProperty.call(m, "redeliveryCount") && m.redeliveryCount !== 0)
                    w.uint32(/* id 12, wireType 0 =*/96).uint32(m.redeliveryCount);
                if (m.ackedIndexes != null && m.ackedIndexes.length) {
                    w.uint32(/* id 13, wireType 2 =*/106).uint32s(m.ackedIndexes);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a DeliveredEntry message from the specified reader or buffer.
             * @function decode
             * @memberof brook.v1.DeliveredEntry
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {brook.v1.DeliveredEntry & brook.v1.DeliveredEntry.$Shape} DeliveredEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeliveredEntry.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.brook.v1.DeliveredEntry();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.ledgerId = v;
                            else
                                delete m.ledgerId;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.entryId = v;
                            else
                                delete m.entryId;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.baseOffset = v;
                            else
                                delete m.baseOffset;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.messageCount = v;
                            else
                                delete m.messageCount;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.publishTime = v;
                            else
                                delete m.publishTime;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.producerName = v;
                            else
                                delete m.producerName;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.sequenceId = v;
                            else
                                delete m.sequenceId;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.codec = v;
                            else
                                delete m.codec;
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.uncompressedSize = v;
                            else
                                delete m.uncompressedSize;
                            continue;
                        }
                    case 10: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.payloadCrc32c = v;
                            else
                                delete m.payloadCrc32c;
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.payload = v;
                            else
                                delete m.payload;
                            continue;
                        }
                    case 12: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.redeliveryCount = v;
                            else
                                delete m.redeliveryCount;
                            continue;
                        }
                    case 13: {
                            if (u === 2) {
                                if (!(m.ackedIndexes && m.ackedIndexes.length))
                                    m.ackedIndexes = [];
                                r.uint32s(m.ackedIndexes);
                                continue;
                            }
                            if (u !== 0)
                                break;
                            if (!(m.ackedIndexes && m.ackedIndexes.length))
                                m.ackedIndexes = [];
                            m.ackedIndexes.push(r.uint32());
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a DeliveredEntry message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brook.v1.DeliveredEntry
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {brook.v1.DeliveredEntry} DeliveredEntry
             */
            DeliveredEntry.fromObject = function (d, q) {
                if (d instanceof $root.brook.v1.DeliveredEntry)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".brook.v1.DeliveredEntry: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.brook.v1.DeliveredEntry();
                if (d.ledgerId != null) {
                    if (typeof d.ledgerId === "object" ? d.ledgerId.low || d.ledgerId.high : $Number(d.ledgerId) !== 0) {
                        if ($util.Long)
                            m.ledgerId = $util.Long.fromValue(d.ledgerId, true);
                        else if (typeof d.ledgerId === "string")
                            m.ledgerId = $parseInt(d.ledgerId, 10);
                        else if (typeof d.ledgerId === "number")
                            m.ledgerId = d.ledgerId;
                        else if (typeof d.ledgerId === "object")
                            m.ledgerId = new $util.LongBits(d.ledgerId.low >>> 0, d.ledgerId.high >>> 0).toNumber(true);
                    }
                }
                if (d.entryId != null) {
                    if (typeof d.entryId === "object" ? d.entryId.low || d.entryId.high : $Number(d.entryId) !== 0) {
                        if ($util.Long)
                            m.entryId = $util.Long.fromValue(d.entryId, true);
                        else if (typeof d.entryId === "string")
                            m.entryId = $parseInt(d.entryId, 10);
                        else if (typeof d.entryId === "number")
                            m.entryId = d.entryId;
                        else if (typeof d.entryId === "object")
                            m.entryId = new $util.LongBits(d.entryId.low >>> 0, d.entryId.high >>> 0).toNumber(true);
                    }
                }
                if (d.baseOffset != null) {
                    if (typeof d.baseOffset === "object" ? d.baseOffset.low || d.baseOffset.high : $Number(d.baseOffset) !== 0) {
                        if ($util.Long)
                            m.baseOffset = $util.Long.fromValue(d.baseOffset, true);
                        else if (typeof d.baseOffset === "string")
                            m.baseOffset = $parseInt(d.baseOffset, 10);
                        else if (typeof d.baseOffset === "number")
                            m.baseOffset = d.baseOffset;
                        else if (typeof d.baseOffset === "object")
                            m.baseOffset = new $util.LongBits(d.baseOffset.low >>> 0, d.baseOffset.high >>> 0).toNumber(true);
                    }
                }
                if (d.messageCount != null) {
                    if ($Number(d.messageCount) !== 0) {
                        m.messageCount = d.messageCount >>> 0;
                    }
                }
                if (d.publishTime != null) {
                    if (typeof d.publishTime === "object" ? d.publishTime.low || d.publishTime.high : $Number(d.publishTime) !== 0) {
                        if ($util.Long)
                            m.publishTime = $util.Long.fromValue(d.publishTime, true);
                        else if (typeof d.publishTime === "string")
                            m.publishTime = $parseInt(d.publishTime, 10);
                        else if (typeof d.publishTime === "number")
                            m.publishTime = d.publishTime;
                        else if (typeof d.publishTime === "object")
                            m.publishTime = new $util.LongBits(d.publishTime.low >>> 0, d.publishTime.high >>> 0).toNumber(true);
                    }
                }
                if (d.producerName != null) {
                    if (typeof d.producerName !== "string" || d.producerName.length) {
                        m.producerName = $String(d.producerName);
                    }
                }
                if (d.sequenceId != null) {
                    if (typeof d.sequenceId === "object" ? d.sequenceId.low || d.sequenceId.high : $Number(d.sequenceId) !== 0) {
                        if ($util.Long)
                            m.sequenceId = $util.Long.fromValue(d.sequenceId, true);
                        else if (typeof d.sequenceId === "string")
                            m.sequenceId = $parseInt(d.sequenceId, 10);
                        else if (typeof d.sequenceId === "number")
                            m.sequenceId = d.sequenceId;
                        else if (typeof d.sequenceId === "object")
                            m.sequenceId = new $util.LongBits(d.sequenceId.low >>> 0, d.sequenceId.high >>> 0).toNumber(true);
                    }
                }
                if (d.codec !== 0 && (typeof d.codec !== "string" || $root.brook.v1.Codec[d.codec] !== 0)) {
                    switch (d.codec) {
                    case "CODEC_NONE":
                    case 0:
                        m.codec = 0;
                        break;
                    case "CODEC_LZ4":
                    case 1:
                        m.codec = 1;
                        break;
                    case "CODEC_ZSTD":
                    case 2:
                        m.codec = 2;
                        break;
                    case "CODEC_SNAPPY":
                    case 3:
                        m.codec = 3;
                        break;
                    case "CODEC_ZLIB":
                    case 4:
                        m.codec = 4;
                        break;
                    default:
                        if (typeof d.codec === "number" && (d.codec | 0) === d.codec)
                            m.codec = d.codec;
                    }
                }
                if (d.uncompressedSize != null) {
                    if ($Number(d.uncompressedSize) !== 0) {
                        m.uncompressedSize = d.uncompressedSize >>> 0;
                    }
                }
                if (d.payloadCrc32c != null) {
                    if ($Number(d.payloadCrc32c) !== 0) {
                        m.payloadCrc32c = d.payloadCrc32c >>> 0;
                    }
                }
                if (d.payload != null) {
                    if (d.payload.length) {
                        if (typeof d.payload === "string")
                            $util.base64.decode(d.payload, m.payload = $util.newBuffer($util.base64.length(d.payload)), 0);
                        else if (d.payload.length >= 0)
                            m.payload = d.payload;
                    }
                }
                if (d.redeliveryCount != null) {
                    if ($Number(d.redeliveryCount) !== 0) {
                        m.redeliveryCount = d.redeliveryCount >>> 0;
                    }
                }
                if (d.ackedIndexes) {
                    if (!$Array.isArray(d.ackedIndexes))
                        throw $TypeError(".brook.v1.DeliveredEntry.ackedIndexes: array expected");
                    m.ackedIndexes = $Array(d.ackedIndexes.length);
                    for (var i = 0; i < d.ackedIndexes.length; ++i) {
                        m.ackedIndexes[i] = d.ackedIndexes[i] >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a DeliveredEntry message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brook.v1.DeliveredEntry
             * @static
             * @param {brook.v1.DeliveredEntry} m DeliveredEntry
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeliveredEntry.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.ackedIndexes = [];
                }
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.ledgerId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.ledgerId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.entryId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.entryId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.baseOffset = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.baseOffset = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.messageCount = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.publishTime = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.publishTime = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.producerName = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.sequenceId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.sequenceId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.codec = o.enums === $String ? "CODEC_NONE" : 0;
                    d.uncompressedSize = 0;
                    d.payloadCrc32c = 0;
                    if (o.bytes === $String)
                        d.payload = "";
                    else {
                        d.payload = [];
                        if (o.bytes !== $Array)
                            d.payload = $util.newBuffer(d.payload);
                    }
                    d.redeliveryCount = 0;
                }
                if (m.ledgerId != null && $Object.hasOwnProperty.call(m, "ledgerId")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.ledgerId = typeof m.ledgerId === "number" ? $BigInt(m.ledgerId) : $util.Long.fromBits(m.ledgerId.low >>> 0, m.ledgerId.high >>> 0, true).toBigInt();
                    else if (typeof m.ledgerId === "number")
                        d.ledgerId = o.longs === $String ? $String(m.ledgerId) : m.ledgerId;
                    else
                        d.ledgerId = o.longs === $String ? $util.Long.prototype.toString.call(m.ledgerId) : o.longs === $Number ? new $util.LongBits(m.ledgerId.low >>> 0, m.ledgerId.high >>> 0).toNumber(true) : m.ledgerId;
                }
                if (m.entryId != null && $Object.hasOwnProperty.call(m, "entryId")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.entryId = typeof m.entryId === "number" ? $BigInt(m.entryId) : $util.Long.fromBits(m.entryId.low >>> 0, m.entryId.high >>> 0, true).toBigInt();
                    else if (typeof m.entryId === "number")
                        d.entryId = o.longs === $String ? $String(m.entryId) : m.entryId;
                    else
                        d.entryId = o.longs === $String ? $util.Long.prototype.toString.call(m.entryId) : o.longs === $Number ? new $util.LongBits(m.entryId.low >>> 0, m.entryId.high >>> 0).toNumber(true) : m.entryId;
                }
                if (m.baseOffset != null && $Object.hasOwnProperty.call(m, "baseOffset")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.baseOffset = typeof m.baseOffset === "number" ? $BigInt(m.baseOffset) : $util.Long.fromBits(m.baseOffset.low >>> 0, m.baseOffset.high >>> 0, true).toBigInt();
                    else if (typeof m.baseOffset === "number")
                        d.baseOffset = o.longs === $String ? $String(m.baseOffset) : m.baseOffset;
                    else
                        d.baseOffset = o.longs === $String ? $util.Long.prototype.toString.call(m.baseOffset) : o.longs === $Number ? new $util.LongBits(m.baseOffset.low >>> 0, m.baseOffset.high >>> 0).toNumber(true) : m.baseOffset;
                }
                if (m.messageCount != null && $Object.hasOwnProperty.call(m, "messageCount")) {
                    d.messageCount = m.messageCount;
                }
                if (m.publishTime != null && $Object.hasOwnProperty.call(m, "publishTime")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.publishTime = typeof m.publishTime === "number" ? $BigInt(m.publishTime) : $util.Long.fromBits(m.publishTime.low >>> 0, m.publishTime.high >>> 0, true).toBigInt();
                    else if (typeof m.publishTime === "number")
                        d.publishTime = o.longs === $String ? $String(m.publishTime) : m.publishTime;
                    else
                        d.publishTime = o.longs === $String ? $util.Long.prototype.toString.call(m.publishTime) : o.longs === $Number ? new $util.LongBits(m.publishTime.low >>> 0, m.publishTime.high >>> 0).toNumber(true) : m.publishTime;
                }
                if (m.producerName != null && $Object.hasOwnProperty.call(m, "producerName")) {
                    d.producerName = m.producerName;
                }
                if (m.sequenceId != null && $Object.hasOwnProperty.call(m, "sequenceId")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.sequenceId = typeof m.sequenceId === "number" ? $BigInt(m.sequenceId) : $util.Long.fromBits(m.sequenceId.low >>> 0, m.sequenceId.high >>> 0, true).toBigInt();
                    else if (typeof m.sequenceId === "number")
                        d.sequenceId = o.longs === $String ? $String(m.sequenceId) : m.sequenceId;
                    else
                        d.sequenceId = o.longs === $String ? $util.Long.prototype.toString.call(m.sequenceId) : o.longs === $Number ? new $util.LongBits(m.sequenceId.low >>> 0, m.sequenceId.high >>> 0).toNumber(true) : m.sequenceId;
                }
                if (m.codec != null && $Object.hasOwnProperty.call(m, "codec")) {
                    d.codec = o.enums === $String ? $root.brook.v1.Codec[m.codec] === $undefined ? m.codec : $root.brook.v1.Codec[m.codec] : m.codec;
                }
                if (m.uncompressedSize != null && $Object.hasOwnProperty.call(m, "uncompressedSize")) {
                    d.uncompressedSize = m.uncompressedSize;
                }
                if (m.payloadCrc32c != null && $Object.hasOwnProperty.call(m, "payloadCrc32c")) {
                    d.payloadCrc32c = m.payloadCrc32c;
                }
                if (m.payload != null && $Object.hasOwnProperty.call(m, "payload")) {
                    d.payload = o.bytes === $String ? $util.base64.encode(m.payload, 0, m.payload.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.payload) : m.payload;
                }
                if (m.redeliveryCount != null && $Object.hasOwnProperty.call(m, "redeliveryCount")) {
                    d.redeliveryCount = m.redeliveryCount;
                }
                if (m.ackedIndexes && m.ackedIndexes.length) {
                    d.ackedIndexes = $Array(m.ackedIndexes.length);
                    for (var j = 0; j < m.ackedIndexes.length; ++j) {
                        d.ackedIndexes[j] = m.ackedIndexes[j];
                    }
                }
                return d;
            };

            /**
             * Converts this DeliveredEntry to JSON.
             * @function toJSON
             * @memberof brook.v1.DeliveredEntry
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeliveredEntry.prototype.toJSON = function() {
                return DeliveredEntry.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DeliveredEntry
             * @function getTypeUrl
             * @memberof brook.v1.DeliveredEntry
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeliveredEntry.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brook.v1.DeliveredEntry";
            };

            return DeliveredEntry;
        })();

        v1.CreateTopicRequest = (function() {

            /**
             * Properties of a CreateTopicRequest.
             * @typedef {Object} brook.v1.CreateTopicRequest.$Properties
             * @property {string|null} [topic] CreateTopicRequest topic
             * @property {number|null} [partitions] CreateTopicRequest partitions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CreateTopicRequest.
             * @memberof brook.v1
             * @interface ICreateTopicRequest
             * @augments brook.v1.CreateTopicRequest.$Properties
             * @deprecated Use brook.v1.CreateTopicRequest.$Properties instead.
             */

            /**
             * Shape of a CreateTopicRequest.
             * @typedef {brook.v1.CreateTopicRequest.$Properties} brook.v1.CreateTopicRequest.$Shape
             */

            /**
             * Constructs a new CreateTopicRequest.
             * @memberof brook.v1
             * @classdesc Represents a CreateTopicRequest.
             * @constructor
             * @param {brook.v1.CreateTopicRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var CreateTopicRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * CreateTopicRequest topic.
             * @member {string} topic
             * @memberof brook.v1.CreateTopicRequest
             * @instance
             */
            CreateTopicRequest.prototype.topic = "";

            /**
             * CreateTopicRequest partitions.
             * @member {number} partitions
             * @memberof brook.v1.CreateTopicRequest
             * @instance
             */
            CreateTopicRequest.prototype.partitions = 0;

            /**
             * Creates a new CreateTopicRequest instance using the specified properties.
             * @function create
             * @memberof brook.v1.CreateTopicRequest
             * @static
             * @param {brook.v1.CreateTopicRequest.$Properties=} [properties] Properties to set
             * @returns {brook.v1.CreateTopicRequest} CreateTopicRequest instance
             * @type {{
             *   (properties: brook.v1.CreateTopicRequest.$Shape): brook.v1.CreateTopicRequest & brook.v1.CreateTopicRequest.$Shape;
             *   (properties?: brook.v1.CreateTopicRequest.$Properties): brook.v1.CreateTopicRequest;
             * }}
             */
            CreateTopicRequest.create = function(properties) {
                return new CreateTopicRequest(properties);
            };

            /**
             * Encodes the specified CreateTopicRequest message. Does not implicitly {@link brook.v1.CreateTopicRequest.verify|verify} messages.
             * @function encode
             * @memberof brook.v1.CreateTopicRequest
             * @static
             * @param {brook.v1.CreateTopicRequest.$Properties} m CreateTopicRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreateTopicRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.topic != null && $Object.hasOwnProperty.call(m, "topic") && m.topic !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.topic);
                if (m.partitions != null && $Object.hasOwnProperty.call(m, "partitions") && m.partitions !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.partitions);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a CreateTopicRequest message from the specified reader or buffer.
             * @function decode
             * @memberof brook.v1.CreateTopicRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {brook.v1.CreateTopicRequest & brook.v1.CreateTopicRequest.$Shape} CreateTopicRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreateTopicRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.brook.v1.CreateTopicRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.topic = v;
                            else
                                delete m.topic;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.partitions = v;
                            else
                                delete m.partitions;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a CreateTopicRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brook.v1.CreateTopicRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {brook.v1.CreateTopicRequest} CreateTopicRequest
             */
            CreateTopicRequest.fromObject = function (d, q) {
                if (d instanceof $root.brook.v1.CreateTopicRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".brook.v1.CreateTopicRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.brook.v1.CreateTopicRequest();
                if (d.topic != null) {
                    if (typeof d.topic !== "string" || d.topic.length) {
                        m.topic = $String(d.topic);
                    }
                }
                if (d.partitions != null) {
                    if ($Number(d.partitions) !== 0) {
                        m.partitions = d.partitions >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a CreateTopicRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brook.v1.CreateTopicRequest
             * @static
             * @param {brook.v1.CreateTopicRequest} m CreateTopicRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CreateTopicRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.topic = "";
                    d.partitions = 0;
                }
                if (m.topic != null && $Object.hasOwnProperty.call(m, "topic")) {
                    d.topic = m.topic;
                }
                if (m.partitions != null && $Object.hasOwnProperty.call(m, "partitions")) {
                    d.partitions = m.partitions;
                }
                return d;
            };

            /**
             * Converts this CreateTopicRequest to JSON.
             * @function toJSON
             * @memberof brook.v1.CreateTopicRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CreateTopicRequest.prototype.toJSON = function() {
                return CreateTopicRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CreateTopicRequest
             * @function getTypeUrl
             * @memberof brook.v1.CreateTopicRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CreateTopicRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brook.v1.CreateTopicRequest";
            };

            return CreateTopicRequest;
        })();

        v1.CreateTopicResponse = (function() {

            /**
             * Properties of a CreateTopicResponse.
             * @typedef {Object} brook.v1.CreateTopicResponse.$Properties
             * @property {string|null} [topic] CreateTopicResponse topic
             * @property {number|null} [partitions] CreateTopicResponse partitions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CreateTopicResponse.
             * @memberof brook.v1
             * @interface ICreateTopicResponse
             * @augments brook.v1.CreateTopicResponse.$Properties
             * @deprecated Use brook.v1.CreateTopicResponse.$Properties instead.
             */

            /**
             * Shape of a CreateTopicResponse.
             * @typedef {brook.v1.CreateTopicResponse.$Properties} brook.v1.CreateTopicResponse.$Shape
             */

            /**
             * Constructs a new CreateTopicResponse.
             * @memberof brook.v1
             * @classdesc Represents a CreateTopicResponse.
             * @constructor
             * @param {brook.v1.CreateTopicResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var CreateTopicResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * CreateTopicResponse topic.
             * @member {string} topic
             * @memberof brook.v1.CreateTopicResponse
             * @instance
             */
            CreateTopicResponse.prototype.topic = "";

            /**
             * CreateTopicResponse partitions.
             * @member {number} partitions
             * @memberof brook.v1.CreateTopicResponse
             * @instance
             */
            CreateTopicResponse.prototype.partitions = 0;

            /**
             * Creates a new CreateTopicResponse instance using the specified properties.
             * @function create
             * @memberof brook.v1.CreateTopicResponse
             * @static
             * @param {brook.v1.CreateTopicResponse.$Properties=} [properties] Properties to set
             * @returns {brook.v1.CreateTopicResponse} CreateTopicResponse instance
             * @type {{
             *   (properties: brook.v1.CreateTopicResponse.$Shape): brook.v1.CreateTopicResponse & brook.v1.CreateTopicResponse.$Shape;
             *   (properties?: brook.v1.CreateTopicResponse.$Properties): brook.v1.CreateTopicResponse;
             * }}
             */
            CreateTopicResponse.create = function(properties) {
                return new CreateTopicResponse(properties);
            };

            /**
             * Encodes the specified CreateTopicResponse message. Does not implicitly {@link brook.v1.CreateTopicResponse.verify|verify} messages.
             * @function encode
             * @memberof brook.v1.CreateTopicResponse
             * @static
             * @param {brook.v1.CreateTopicResponse.$Properties} m CreateTopicResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreateTopicResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.topic != null && $Object.hasOwnProperty.call(m, "topic") && m.topic !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.topic);
                if (m.partitions != null && $Object.hasOwnProperty.call(m, "partitions") && m.partitions !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.partitions);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a CreateTopicResponse message from the specified reader or buffer.
             * @function decode
             * @memberof brook.v1.CreateTopicResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {brook.v1.CreateTopicResponse & brook.v1.CreateTopicResponse.$Shape} CreateTopicResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreateTopicResponse.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.brook.v1.CreateTopicResponse();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.topic = v;
                            else
                                delete m.topic;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.partitions = v;
                            else
                                delete m.partitions;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a CreateTopicResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brook.v1.CreateTopicResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {brook.v1.CreateTopicResponse} CreateTopicResponse
             */
            CreateTopicResponse.fromObject = function (d, q) {
                if (d instanceof $root.brook.v1.CreateTopicResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".brook.v1.CreateTopicResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.brook.v1.CreateTopicResponse();
                if (d.topic != null) {
                    if (typeof d.topic !== "string" || d.topic.length) {
                        m.topic = $String(d.topic);
                    }
                }
                if (d.partitions != null) {
                    if ($Number(d.partitions) !== 0) {
                        m.partitions = d.partitions >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a CreateTopicResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brook.v1.CreateTopicResponse
             * @static
             * @param {brook.v1.CreateTopicResponse} m CreateTopicResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CreateTopicResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.topic = "";
                    d.partitions = 0;
                }
                if (m.topic != null && $Object.hasOwnProperty.call(m, "topic")) {
                    d.topic = m.topic;
                }
                if (m.partitions != null && $Object.hasOwnProperty.call(m, "partitions")) {
                    d.partitions = m.partitions;
                }
                return d;
            };

            /**
             * Converts this CreateTopicResponse to JSON.
             * @function toJSON
             * @memberof brook.v1.CreateTopicResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CreateTopicResponse.prototype.toJSON = function() {
                return CreateTopicResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CreateTopicResponse
             * @function getTypeUrl
             * @memberof brook.v1.CreateTopicResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CreateTopicResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brook.v1.CreateTopicResponse";
            };

            return CreateTopicResponse;
        })();

        v1.DeleteTopicRequest = (function() {

            /**
             * Properties of a DeleteTopicRequest.
             * @typedef {Object} brook.v1.DeleteTopicRequest.$Properties
             * @property {string|null} [topic] DeleteTopicRequest topic
             * @property {boolean|null} [force] DeleteTopicRequest force
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeleteTopicRequest.
             * @memberof brook.v1
             * @interface IDeleteTopicRequest
             * @augments brook.v1.DeleteTopicRequest.$Properties
             * @deprecated Use brook.v1.DeleteTopicRequest.$Properties instead.
             */

            /**
             * Shape of a DeleteTopicRequest.
             * @typedef {brook.v1.DeleteTopicRequest.$Properties} brook.v1.DeleteTopicRequest.$Shape
             */

            /**
             * Constructs a new DeleteTopicRequest.
             * @memberof brook.v1
             * @classdesc Represents a DeleteTopicRequest.
             * @constructor
             * @param {brook.v1.DeleteTopicRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var DeleteTopicRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DeleteTopicRequest topic.
             * @member {string} topic
             * @memberof brook.v1.DeleteTopicRequest
             * @instance
             */
            DeleteTopicRequest.prototype.topic = "";

            /**
             * DeleteTopicRequest force.
             * @member {boolean} force
             * @memberof brook.v1.DeleteTopicRequest
             * @instance
             */
            DeleteTopicRequest.prototype.force = false;

            /**
             * Creates a new DeleteTopicRequest instance using the specified properties.
             * @function create
             * @memberof brook.v1.DeleteTopicRequest
             * @static
             * @param {brook.v1.DeleteTopicRequest.$Properties=} [properties] Properties to set
             * @returns {brook.v1.DeleteTopicRequest} DeleteTopicRequest instance
             * @type {{
             *   (properties: brook.v1.DeleteTopicRequest.$Shape): brook.v1.DeleteTopicRequest & brook.v1.DeleteTopicRequest.$Shape;
             *   (properties?: brook.v1.DeleteTopicRequest.$Properties): brook.v1.DeleteTopicRequest;
             * }}
             */
            DeleteTopicRequest.create = function(properties) {
                return new DeleteTopicRequest(properties);
            };

            /**
             * Encodes the specified DeleteTopicRequest message. Does not implicitly {@link brook.v1.DeleteTopicRequest.verify|verify} messages.
             * @function encode
             * @memberof brook.v1.DeleteTopicRequest
             * @static
             * @param {brook.v1.DeleteTopicRequest.$Properties} m DeleteTopicRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeleteTopicRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.topic != null && $Object.hasOwnProperty.call(m, "topic") && m.topic !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.topic);
                if (m.force != null && $Object.hasOwnProperty.call(m, "force") && m.force !== false)
                    w.uint32(/* id 2, wireType 0 =*/16).bool(m.force);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a DeleteTopicRequest message from the specified reader or buffer.
             * @function decode
             * @memberof brook.v1.DeleteTopicRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {brook.v1.DeleteTopicRequest & brook.v1.DeleteTopicRequest.$Shape} DeleteTopicRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeleteTopicRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.brook.v1.DeleteTopicRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.topic = v;
                            else
                                delete m.topic;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.force = v;
                            else
                                delete m.force;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a DeleteTopicRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brook.v1.DeleteTopicRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {brook.v1.DeleteTopicRequest} DeleteTopicRequest
             */
            DeleteTopicRequest.fromObject = function (d, q) {
                if (d instanceof $root.brook.v1.DeleteTopicRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".brook.v1.DeleteTopicRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.brook.v1.DeleteTopicRequest();
                if (d.topic != null) {
                    if (typeof d.topic !== "string" || d.topic.length) {
                        m.topic = $String(d.topic);
                    }
                }
                if (d.force != null) {
                    if (d.force) {
                        m.force = $Boolean(d.force);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a DeleteTopicRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brook.v1.DeleteTopicRequest
             * @static
             * @param {brook.v1.DeleteTopicRequest} m DeleteTopicRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeleteTopicRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.topic = "";
                    d.force = false;
                }
                if (m.topic != null && $Object.hasOwnProperty.call(m, "topic")) {
                    d.topic = m.topic;
                }
                if (m.force != null && $Object.hasOwnProperty.call(m, "force")) {
                    d.force = m.force;
                }
                return d;
            };

            /**
             * Converts this DeleteTopicRequest to JSON.
             * @function toJSON
             * @memberof brook.v1.DeleteTopicRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeleteTopicRequest.prototype.toJSON = function() {
                return DeleteTopicRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DeleteTopicRequest
             * @function getTypeUrl
             * @memberof brook.v1.DeleteTopicRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeleteTopicRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brook.v1.DeleteTopicRequest";
            };

            return DeleteTopicRequest;
        })();

        v1.DeleteTopicResponse = (function() {

            /**
             * Properties of a DeleteTopicResponse.
             * @typedef {Object} brook.v1.DeleteTopicResponse.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeleteTopicResponse.
             * @memberof brook.v1
             * @interface IDeleteTopicResponse
             * @augments brook.v1.DeleteTopicResponse.$Properties
             * @deprecated Use brook.v1.DeleteTopicResponse.$Properties instead.
             */

            /**
             * Shape of a DeleteTopicResponse.
             * @typedef {brook.v1.DeleteTopicResponse.$Properties} brook.v1.DeleteTopicResponse.$Shape
             */

            /**
             * Constructs a new DeleteTopicResponse.
             * @memberof brook.v1
             * @classdesc Represents a DeleteTopicResponse.
             * @constructor
             * @param {brook.v1.DeleteTopicResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var DeleteTopicResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Creates a new DeleteTopicResponse instance using the specified properties.
             * @function create
             * @memberof brook.v1.DeleteTopicResponse
             * @static
             * @param {brook.v1.DeleteTopicResponse.$Properties=} [properties] Properties to set
             * @returns {brook.v1.DeleteTopicResponse} DeleteTopicResponse instance
             * @type {{
             *   (properties: brook.v1.DeleteTopicResponse.$Shape): brook.v1.DeleteTopicResponse & brook.v1.DeleteTopicResponse.$Shape;
             *   (properties?: brook.v1.DeleteTopicResponse.$Properties): brook.v1.DeleteTopicResponse;
             * }}
             */
            DeleteTopicResponse.create = function(properties) {
                return new DeleteTopicResponse(properties);
            };

            /**
             * Encodes the specified DeleteTopicResponse message. Does not implicitly {@link brook.v1.DeleteTopicResponse.verify|verify} messages.
             * @function encode
             * @memberof brook.v1.DeleteTopicResponse
             * @static
             * @param {brook.v1.DeleteTopicResponse.$Properties} m DeleteTopicResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeleteTopicResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a DeleteTopicResponse message from the specified reader or buffer.
             * @function decode
             * @memberof brook.v1.DeleteTopicResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {brook.v1.DeleteTopicResponse & brook.v1.DeleteTopicResponse.$Shape} DeleteTopicResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeleteTopicResponse.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.brook.v1.DeleteTopicResponse();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    r.skipType(t & 7, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a DeleteTopicResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brook.v1.DeleteTopicResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {brook.v1.DeleteTopicResponse} DeleteTopicResponse
             */
            DeleteTopicResponse.fromObject = function (d, q) {
                if (d instanceof $root.brook.v1.DeleteTopicResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".brook.v1.DeleteTopicResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.brook.v1.DeleteTopicResponse();
            };

            /**
             * Creates a plain object from a DeleteTopicResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brook.v1.DeleteTopicResponse
             * @static
             * @param {brook.v1.DeleteTopicResponse} m DeleteTopicResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeleteTopicResponse.toObject = function () {
                return {};
            };

            /**
             * Converts this DeleteTopicResponse to JSON.
             * @function toJSON
             * @memberof brook.v1.DeleteTopicResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeleteTopicResponse.prototype.toJSON = function() {
                return DeleteTopicResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DeleteTopicResponse
             * @function getTypeUrl
             * @memberof brook.v1.DeleteTopicResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeleteTopicResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brook.v1.DeleteTopicResponse";
            };

            return DeleteTopicResponse;
        })();

        v1.ListTopicsRequest = (function() {

            /**
             * Properties of a ListTopicsRequest.
             * @typedef {Object} brook.v1.ListTopicsRequest.$Properties
             * @property {string|null} [namespace] ListTopicsRequest namespace
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListTopicsRequest.
             * @memberof brook.v1
             * @interface IListTopicsRequest
             * @augments brook.v1.ListTopicsRequest.$Properties
             * @deprecated Use brook.v1.ListTopicsRequest.$Properties instead.
             */

            /**
             * Shape of a ListTopicsRequest.
             * @typedef {brook.v1.ListTopicsRequest.$Properties} brook.v1.ListTopicsRequest.$Shape
             */

            /**
             * Constructs a new ListTopicsRequest.
             * @memberof brook.v1
             * @classdesc Represents a ListTopicsRequest.
             * @constructor
             * @param {brook.v1.ListTopicsRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ListTopicsRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ListTopicsRequest namespace.
             * @member {string} namespace
             * @memberof brook.v1.ListTopicsRequest
             * @instance
             */
            ListTopicsRequest.prototype.namespace = "";

            /**
             * Creates a new ListTopicsRequest instance using the specified properties.
             * @function create
             * @memberof brook.v1.ListTopicsRequest
             * @static
             * @param {brook.v1.ListTopicsRequest.$Properties=} [properties] Properties to set
             * @returns {brook.v1.ListTopicsRequest} ListTopicsRequest instance
             * @type {{
             *   (properties: brook.v1.ListTopicsRequest.$Shape): brook.v1.ListTopicsRequest & brook.v1.ListTopicsRequest.$Shape;
             *   (properties?: brook.v1.ListTopicsRequest.$Properties): brook.v1.ListTopicsRequest;
             * }}
             */
            ListTopicsRequest.create = function(properties) {
                return new ListTopicsRequest(properties);
            };

            /**
             * Encodes the specified ListTopicsRequest message. Does not implicitly {@link brook.v1.ListTopicsRequest.verify|verify} messages.
             * @function encode
             * @memberof brook.v1.ListTopicsRequest
             * @static
             * @param {brook.v1.ListTopicsRequest.$Properties} m ListTopicsRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListTopicsRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.namespace != null && $Object.hasOwnProperty.call(m, "namespace") && m.namespace !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.namespace);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ListTopicsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof brook.v1.ListTopicsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {brook.v1.ListTopicsRequest & brook.v1.ListTopicsRequest.$Shape} ListTopicsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListTopicsRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.brook.v1.ListTopicsRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.namespace = v;
                            else
                                delete m.namespace;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a ListTopicsRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brook.v1.ListTopicsRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {brook.v1.ListTopicsRequest} ListTopicsRequest
             */
            ListTopicsRequest.fromObject = function (d, q) {
                if (d instanceof $root.brook.v1.ListTopicsRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".brook.v1.ListTopicsRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.brook.v1.ListTopicsRequest();
                if (d.namespace != null) {
                    if (typeof d.namespace !== "string" || d.namespace.length) {
                        m.namespace = $String(d.namespace);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ListTopicsRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brook.v1.ListTopicsRequest
             * @static
             * @param {brook.v1.ListTopicsRequest} m ListTopicsRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListTopicsRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.namespace = "";
                }
                if (m.namespace != null && $Object.hasOwnProperty.call(m, "namespace")) {
                    d.namespace = m.namespace;
                }
                return d;
            };

            /**
             * Converts this ListTopicsRequest to JSON.
             * @function toJSON
             * @memberof brook.v1.ListTopicsRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListTopicsRequest.prototype.toJSON = function() {
                return ListTopicsRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ListTopicsRequest
             * @function getTypeUrl
             * @memberof brook.v1.ListTopicsRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListTopicsRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brook.v1.ListTopicsRequest";
            };

            return ListTopicsRequest;
        })();

        v1.ListTopicsResponse = (function() {

            /**
             * Properties of a ListTopicsResponse.
             * @typedef {Object} brook.v1.ListTopicsResponse.$Properties
             * @property {Array.<brook.v1.TopicListing.$Properties>|null} [topics] ListTopicsResponse topics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListTopicsResponse.
             * @memberof brook.v1
             * @interface IListTopicsResponse
             * @augments brook.v1.ListTopicsResponse.$Properties
             * @deprecated Use brook.v1.ListTopicsResponse.$Properties instead.
             */

            /**
             * Shape of a ListTopicsResponse.
             * @typedef {brook.v1.ListTopicsResponse.$Properties} brook.v1.ListTopicsResponse.$Shape
             */

            /**
             * Constructs a new ListTopicsResponse.
             * @memberof brook.v1
             * @classdesc Represents a ListTopicsResponse.
             * @constructor
             * @param {brook.v1.ListTopicsResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ListTopicsResponse = function (p) {
                this.topics = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ListTopicsResponse topics.
             * @member {Array.<brook.v1.TopicListing.$Properties>} topics
             * @memberof brook.v1.ListTopicsResponse
             * @instance
             */
            ListTopicsResponse.prototype.topics = $util.emptyArray;

            /**
             * Creates a new ListTopicsResponse instance using the specified properties.
             * @function create
             * @memberof brook.v1.ListTopicsResponse
             * @static
             * @param {brook.v1.ListTopicsResponse.$Properties=} [properties] Properties to set
             * @returns {brook.v1.ListTopicsResponse} ListTopicsResponse instance
             * @type {{
             *   (properties: brook.v1.ListTopicsResponse.$Shape): brook.v1.ListTopicsResponse & brook.v1.ListTopicsResponse.$Shape;
             *   (properties?: brook.v1.ListTopicsResponse.$Properties): brook.v1.ListTopicsResponse;
             * }}
             */
            ListTopicsResponse.create = function(properties) {
                return new ListTopicsResponse(properties);
            };

            /**
             * Encodes the specified ListTopicsResponse message. Does not implicitly {@link brook.v1.ListTopicsResponse.verify|verify} messages.
             * @function encode
             * @memberof brook.v1.ListTopicsResponse
             * @static
             * @param {brook.v1.ListTopicsResponse.$Properties} m ListTopicsResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListTopicsResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.topics != null && m.topics.length) {
                    for (var i = 0; i < m.topics.length; ++i)
                        $root.brook.v1.TopicListing.encode(m.topics[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ListTopicsResponse message from the specified reader or buffer.
             * @function decode
             * @memberof brook.v1.ListTopicsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {brook.v1.ListTopicsResponse & brook.v1.ListTopicsResponse.$Shape} ListTopicsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListTopicsResponse.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.brook.v1.ListTopicsResponse();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.topics && m.topics.length))
                                m.topics = [];
                            m.topics.push($root.brook.v1.TopicListing.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a ListTopicsResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brook.v1.ListTopicsResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {brook.v1.ListTopicsResponse} ListTopicsResponse
             */
            ListTopicsResponse.fromObject = function (d, q) {
                if (d instanceof $root.brook.v1.ListTopicsResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".brook.v1.ListTopicsResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.brook.v1.ListTopicsResponse();
                if (d.topics) {
                    if (!$Array.isArray(d.topics))
                        throw $TypeError(".brook.v1.ListTopicsResponse.topics: array expected");
                    m.topics = $Array(d.topics.length);
                    for (var i = 0; i < d.topics.length; ++i) {
                        if (!$util.isObject(d.topics[i]))
                            throw $TypeError(".brook.v1.ListTopicsResponse.topics: object expected");
                        m.topics[i] = $root.brook.v1.TopicListing.fromObject(d.topics[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ListTopicsResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brook.v1.ListTopicsResponse
             * @static
             * @param {brook.v1.ListTopicsResponse} m ListTopicsResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListTopicsResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.topics = [];
                }
                if (m.topics && m.topics.length) {
                    d.topics = $Array(m.topics.length);
                    for (var j = 0; j < m.topics.length; ++j) {
                        d.topics[j] = $root.brook.v1.TopicListing.toObject(m.topics[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this ListTopicsResponse to JSON.
             * @function toJSON
             * @memberof brook.v1.ListTopicsResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListTopicsResponse.prototype.toJSON = function() {
                return ListTopicsResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ListTopicsResponse
             * @function getTypeUrl
             * @memberof brook.v1.ListTopicsResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListTopicsResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brook.v1.ListTopicsResponse";
            };

            return ListTopicsResponse;
        })();

        v1.TopicListing = (function() {

            /**
             * Properties of a TopicListing.
             * @typedef {Object} brook.v1.TopicListing.$Properties
             * @property {string|null} [topic] TopicListing topic
             * @property {number|null} [partitions] TopicListing partitions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TopicListing.
             * @memberof brook.v1
             * @interface ITopicListing
             * @augments brook.v1.TopicListing.$Properties
             * @deprecated Use brook.v1.TopicListing.$Properties instead.
             */

            /**
             * Shape of a TopicListing.
             * @typedef {brook.v1.TopicListing.$Properties} brook.v1.TopicListing.$Shape
             */

            /**
             * Constructs a new TopicListing.
             * @memberof brook.v1
             * @classdesc Represents a TopicListing.
             * @constructor
             * @param {brook.v1.TopicListing.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var TopicListing = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * TopicListing topic.
             * @member {string} topic
             * @memberof brook.v1.TopicListing
             * @instance
             */
            TopicListing.prototype.topic = "";

            /**
             * TopicListing partitions.
             * @member {number} partitions
             * @memberof brook.v1.TopicListing
             * @instance
             */
            TopicListing.prototype.partitions = 0;

            /**
             * Creates a new TopicListing instance using the specified properties.
             * @function create
             * @memberof brook.v1.TopicListing
             * @static
             * @param {brook.v1.TopicListing.$Properties=} [properties] Properties to set
             * @returns {brook.v1.TopicListing} TopicListing instance
             * @type {{
             *   (properties: brook.v1.TopicListing.$Shape): brook.v1.TopicListing & brook.v1.TopicListing.$Shape;
             *   (properties?: brook.v1.TopicListing.$Properties): brook.v1.TopicListing;
             * }}
             */
            TopicListing.create = function(properties) {
                return new TopicListing(properties);
            };

            /**
             * Encodes the specified TopicListing message. Does not implicitly {@link brook.v1.TopicListing.verify|verify} messages.
             * @function encode
             * @memberof brook.v1.TopicListing
             * @static
             * @param {brook.v1.TopicListing.$Properties} m TopicListing message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TopicListing.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.topic != null && $Object.hasOwnProperty.call(m, "topic") && m.topic !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.topic);
                if (m.partitions != null && $Object.hasOwnProperty.call(m, "partitions") && m.partitions !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.partitions);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a TopicListing message from the specified reader or buffer.
             * @function decode
             * @memberof brook.v1.TopicListing
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {brook.v1.TopicListing & brook.v1.TopicListing.$Shape} TopicListing
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TopicListing.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.brook.v1.TopicListing();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.topic = v;
                            else
                                delete m.topic;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.partitions = v;
                            else
                                delete m.partitions;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a TopicListing message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brook.v1.TopicListing
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {brook.v1.TopicListing} TopicListing
             */
            TopicListing.fromObject = function (d, q) {
                if (d instanceof $root.brook.v1.TopicListing)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".brook.v1.TopicListing: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.brook.v1.TopicListing();
                if (d.topic != null) {
                    if (typeof d.topic !== "string" || d.topic.length) {
                        m.topic = $String(d.topic);
                    }
                }
                if (d.partitions != null) {
                    if ($Number(d.partitions) !== 0) {
                        m.partitions = d.partitions >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a TopicListing message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brook.v1.TopicListing
             * @static
             * @param {brook.v1.TopicListing} m TopicListing
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TopicListing.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.topic = "";
                    d.partitions = 0;
                }
                if (m.topic != null && $Object.hasOwnProperty.call(m, "topic")) {
                    d.topic = m.topic;
                }
                if (m.partitions != null && $Object.hasOwnProperty.call(m, "partitions")) {
                    d.partitions = m.partitions;
                }
                return d;
            };

            /**
             * Converts this TopicListing to JSON.
             * @function toJSON
             * @memberof brook.v1.TopicListing
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TopicListing.prototype.toJSON = function() {
                return TopicListing.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TopicListing
             * @function getTypeUrl
             * @memberof brook.v1.TopicListing
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TopicListing.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brook.v1.TopicListing";
            };

            return TopicListing;
        })();

        v1.GetTopicStatsRequest = (function() {

            /**
             * Properties of a GetTopicStatsRequest.
             * @typedef {Object} brook.v1.GetTopicStatsRequest.$Properties
             * @property {string|null} [topic] GetTopicStatsRequest topic
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetTopicStatsRequest.
             * @memberof brook.v1
             * @interface IGetTopicStatsRequest
             * @augments brook.v1.GetTopicStatsRequest.$Properties
             * @deprecated Use brook.v1.GetTopicStatsRequest.$Properties instead.
             */

            /**
             * Shape of a GetTopicStatsRequest.
             * @typedef {brook.v1.GetTopicStatsRequest.$Properties} brook.v1.GetTopicStatsRequest.$Shape
             */

            /**
             * Constructs a new GetTopicStatsRequest.
             * @memberof brook.v1
             * @classdesc Represents a GetTopicStatsRequest.
             * @constructor
             * @param {brook.v1.GetTopicStatsRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var GetTopicStatsRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * GetTopicStatsRequest topic.
             * @member {string} topic
             * @memberof brook.v1.GetTopicStatsRequest
             * @instance
             */
            GetTopicStatsRequest.prototype.topic = "";

            /**
             * Creates a new GetTopicStatsRequest instance using the specified properties.
             * @function create
             * @memberof brook.v1.GetTopicStatsRequest
             * @static
             * @param {brook.v1.GetTopicStatsRequest.$Properties=} [properties] Properties to set
             * @returns {brook.v1.GetTopicStatsRequest} GetTopicStatsRequest instance
             * @type {{
             *   (properties: brook.v1.GetTopicStatsRequest.$Shape): brook.v1.GetTopicStatsRequest & brook.v1.GetTopicStatsRequest.$Shape;
             *   (properties?: brook.v1.GetTopicStatsRequest.$Properties): brook.v1.GetTopicStatsRequest;
             * }}
             */
            GetTopicStatsRequest.create = function(properties) {
                return new GetTopicStatsRequest(properties);
            };

            /**
             * Encodes the specified GetTopicStatsRequest message. Does not implicitly {@link brook.v1.GetTopicStatsRequest.verify|verify} messages.
             * @function encode
             * @memberof brook.v1.GetTopicStatsRequest
             * @static
             * @param {brook.v1.GetTopicStatsRequest.$Properties} m GetTopicStatsRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetTopicStatsRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.topic != null && $Object.hasOwnProperty.call(m, "topic") && m.topic !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.topic);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a GetTopicStatsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof brook.v1.GetTopicStatsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {brook.v1.GetTopicStatsRequest & brook.v1.GetTopicStatsRequest.$Shape} GetTopicStatsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetTopicStatsRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.brook.v1.GetTopicStatsRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.topic = v;
                            else
                                delete m.topic;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a GetTopicStatsRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brook.v1.GetTopicStatsRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {brook.v1.GetTopicStatsRequest} GetTopicStatsRequest
             */
            GetTopicStatsRequest.fromObject = function (d, q) {
                if (d instanceof $root.brook.v1.GetTopicStatsRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".brook.v1.GetTopicStatsRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.brook.v1.GetTopicStatsRequest();
                if (d.topic != null) {
                    if (typeof d.topic !== "string" || d.topic.length) {
                        m.topic = $String(d.topic);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a GetTopicStatsRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brook.v1.GetTopicStatsRequest
             * @static
             * @param {brook.v1.GetTopicStatsRequest} m GetTopicStatsRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetTopicStatsRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.topic = "";
                }
                if (m.topic != null && $Object.hasOwnProperty.call(m, "topic")) {
                    d.topic = m.topic;
                }
                return d;
            };

            /**
             * Converts this GetTopicStatsRequest to JSON.
             * @function toJSON
             * @memberof brook.v1.GetTopicStatsRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetTopicStatsRequest.prototype.toJSON = function() {
                return GetTopicStatsRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GetTopicStatsRequest
             * @function getTypeUrl
             * @memberof brook.v1.GetTopicStatsRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GetTopicStatsRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brook.v1.GetTopicStatsRequest";
            };

            return GetTopicStatsRequest;
        })();

        v1.TopicStats = (function() {

            /**
             * Properties of a TopicStats.
             * @typedef {Object} brook.v1.TopicStats.$Properties
             * @property {string|null} [topic] TopicStats topic
             * @property {number|null} [partitions] TopicStats partitions
             * @property {number|null} [messageCount] TopicStats messageCount
             * @property {number|null} [storageSize] TopicStats storageSize
             * @property {number|null} [ledgerCount] TopicStats ledgerCount
             * @property {number|null} [producerCount] TopicStats producerCount
             * @property {Array.<brook.v1.SubscriptionStats.$Properties>|null} [subscriptions] TopicStats subscriptions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TopicStats.
             * @memberof brook.v1
             * @interface ITopicStats
             * @augments brook.v1.TopicStats.$Properties
             * @deprecated Use brook.v1.TopicStats.$Properties instead.
             */

            /**
             * Shape of a TopicStats.
             * @typedef {brook.v1.TopicStats.$Properties} brook.v1.TopicStats.$Shape
             */

            /**
             * Constructs a new TopicStats.
             * @memberof brook.v1
             * @classdesc Represents a TopicStats.
             * @constructor
             * @param {brook.v1.TopicStats.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var TopicStats = function (p) {
                this.subscriptions = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * TopicStats topic.
             * @member {string} topic
             * @memberof brook.v1.TopicStats
             * @instance
             */
            TopicStats.prototype.topic = "";

            /**
             * TopicStats partitions.
             * @member {number} partitions
             * @memberof brook.v1.TopicStats
             * @instance
             */
            TopicStats.prototype.partitions = 0;

            /**
             * TopicStats messageCount.
             * @member {number} messageCount
             * @memberof brook.v1.TopicStats
             * @instance
             */
            TopicStats.prototype.messageCount = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TopicStats storageSize.
             * @member {number} storageSize
             * @memberof brook.v1.TopicStats
             * @instance
             */
            TopicStats.prototype.storageSize = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TopicStats ledgerCount.
             * @member {number} ledgerCount
             * @memberof brook.v1.TopicStats
             * @instance
             */
            TopicStats.prototype.ledgerCount = 0;

            /**
             * TopicStats producerCount.
             * @member {number} producerCount
             * @memberof brook.v1.TopicStats
             * @instance
             */
            TopicStats.prototype.producerCount = 0;

            /**
             * TopicStats subscriptions.
             * @member {Array.<brook.v1.SubscriptionStats.$Properties>} subscriptions
             * @memberof brook.v1.TopicStats
             * @instance
             */
            TopicStats.prototype.subscriptions = $util.emptyArray;

            /**
             * Creates a new TopicStats instance using the specified properties.
             * @function create
             * @memberof brook.v1.TopicStats
             * @static
             * @param {brook.v1.TopicStats.$Properties=} [properties] Properties to set
             * @returns {brook.v1.TopicStats} TopicStats instance
             * @type {{
             *   (properties: brook.v1.TopicStats.$Shape): brook.v1.TopicStats & brook.v1.TopicStats.$Shape;
             *   (properties?: brook.v1.TopicStats.$Properties): brook.v1.TopicStats;
             * }}
             */
            TopicStats.create = function(properties) {
                return new TopicStats(properties);
            };

            /**
             * Encodes the specified TopicStats message. Does not implicitly {@link brook.v1.TopicStats.verify|verify} messages.
             * @function encode
             * @memberof brook.v1.TopicStats
             * @static
             * @param {brook.v1.TopicStats.$Properties} m TopicStats message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TopicStats.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.topic != null && $Object.hasOwnProperty.call(m, "topic") && m.topic !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.topic);
                if (m.partitions != null && $Object.hasOwnProperty.call(m, "partitions") && m.partitions !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.partitions);
                if (m.messageCount != null && $Object.hasOwnProperty.call(m, "messageCount") && (typeof m.messageCount === "object" ? m.messageCount.low || m.messageCount.high : m.messageCount !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.messageCount);
                if (m.storageSize != null && $Object.hasOwnProperty.call(m, "storageSize") && (typeof m.storageSize === "object" ? m.storageSize.low || m.storageSize.high : m.storageSize !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).uint64(m.storageSize);
                if (m.ledgerCount != null && $Object.hasOwnProperty.call(m, "ledgerCount") && m.ledgerCount !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).uint32(m.ledgerCount);
                if (m.producerCount != null && $Object.hasOwnProperty.call(m, "producerCount") && m.producerCount !== 0)
                    w.uint32(/* id 6, wireType 0 =*/48).uint32(m.producerCount);
                if (m.subscriptions != null && m.subscriptions.length) {
                    for (var i = 0; i < m.subscriptions.length; ++i)
                        $root.brook.v1.SubscriptionStats.encode(m.subscriptions[i], w.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a TopicStats message from the specified reader or buffer.
             * @function decode
             * @memberof brook.v1.TopicStats
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {brook.v1.TopicStats & brook.v1.TopicStats.$Shape} TopicStats
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TopicStats.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.brook.v1.TopicStats();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.topic = v;
                            else
                                delete m.topic;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.partitions = v;
                            else
                                delete m.partitions;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.messageCount = v;
                            else
                                delete m.messageCount;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.storageSize = v;
                            else
                                delete m.storageSize;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.ledgerCount = v;
                            else
                                delete m.ledgerCount;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.producerCount = v;
                            else
                                delete m.producerCount;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if (!(m.subscriptions && m.subscriptions.length))
                                m.subscriptions = [];
                            m.subscriptions.push($root.brook.v1.SubscriptionStats.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a TopicStats message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brook.v1.TopicStats
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {brook.v1.TopicStats} TopicStats
             */
            TopicStats.fromObject = function (d, q) {
                if (d instanceof $root.brook.v1.TopicStats)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".brook.v1.TopicStats: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.brook.v1.TopicStats();
                if (d.topic != null) {
                    if (typeof d.topic !== "string" || d.topic.length) {
                        m.topic = $String(d.topic);
                    }
                }
                if (d.partitions != null) {
                    if ($Number(d.partitions) !== 0) {
                        m.partitions = d.partitions >>> 0;
                    }
                }
                if (d.messageCount != null) {
                    if (typeof d.messageCount === "object" ? d.messageCount.low || d.messageCount.high : $Number(d.messageCount) !== 0) {
                        if ($util.Long)
                            m.messageCount = $util.Long.fromValue(d.messageCount, true);
                        else if (typeof d.messageCount === "string")
                            m.messageCount = $parseInt(d.messageCount, 10);
                        else if (typeof d.messageCount === "number")
                            m.messageCount = d.messageCount;
                        else if (typeof d.messageCount === "object")
                            m.messageCount = new $util.LongBits(d.messageCount.low >>> 0, d.messageCount.high >>> 0).toNumber(true);
                    }
                }
                if (d.storageSize != null) {
                    if (typeof d.storageSize === "object" ? d.storageSize.low || d.storageSize.high : $Number(d.storageSize) !== 0) {
                        if ($util.Long)
                            m.storageSize = $util.Long.fromValue(d.storageSize, true);
                        else if (typeof d.storageSize === "string")
                            m.storageSize = $parseInt(d.storageSize, 10);
                        else if (typeof d.storageSize === "number")
                            m.storageSize = d.storageSize;
                        else if (typeof d.storageSize === "object")
                            m.storageSize = new $util.LongBits(d.storageSize.low >>> 0, d.storageSize.high >>> 0).toNumber(true);
                    }
                }
                if (d.ledgerCount != null) {
                    if ($Number(d.ledgerCount) !== 0) {
                        m.ledgerCount = d.ledgerCount >>> 0;
                    }
                }
                if (d.producerCount != null) {
                    if ($Number(d.producerCount) !== 0) {
                        m.producerCount = d.producerCount >>> 0;
                    }
                }
                if (d.subscriptions) {
                    if (!$Array.isArray(d.subscriptions))
                        throw $TypeError(".brook.v1.TopicStats.subscriptions: array expected");
                    m.subscriptions = $Array(d.subscriptions.length);
                    for (var i = 0; i < d.subscriptions.length; ++i) {
                        if (!$util.isObject(d.subscriptions[i]))
                            throw $TypeError(".brook.v1.TopicStats.subscriptions: object expected");
                        m.subscriptions[i] = $root.brook.v1.SubscriptionStats.fromObject(d.subscriptions[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a TopicStats message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brook.v1.TopicStats
             * @static
             * @param {brook.v1.TopicStats} m TopicStats
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TopicStats.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.subscriptions = [];
                }
                if (o.defaults) {
                    d.topic = "";
                    d.partitions = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.messageCount = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.messageCount = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.storageSize = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.storageSize = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.ledgerCount = 0;
                    d.producerCount = 0;
                }
                if (m.topic != null && $Object.hasOwnProperty.call(m, "topic")) {
                    d.topic = m.topic;
                }
                if (m.partitions != null && $Object.hasOwnProperty.call(m, "partitions")) {
                    d.partitions = m.partitions;
                }
                if (m.messageCount != null && $Object.hasOwnProperty.call(m, "messageCount")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.messageCount = typeof m.messageCount === "number" ? $BigInt(m.messageCount) : $util.Long.fromBits(m.messageCount.low >>> 0, m.messageCount.high >>> 0, true).toBigInt();
                    else if (typeof m.messageCount === "number")
                        d.messageCount = o.longs === $String ? $String(m.messageCount) : m.messageCount;
                    else
                        d.messageCount = o.longs === $String ? $util.Long.prototype.toString.call(m.messageCount) : o.longs === $Number ? new $util.LongBits(m.messageCount.low >>> 0, m.messageCount.high >>> 0).toNumber(true) : m.messageCount;
                }
                if (m.storageSize != null && $Object.hasOwnProperty.call(m, "storageSize")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.storageSize = typeof m.storageSize === "number" ? $BigInt(m.storageSize) : $util.Long.fromBits(m.storageSize.low >>> 0, m.storageSize.high >>> 0, true).toBigInt();
                    else if (typeof m.storageSize === "number")
                        d.storageSize = o.longs === $String ? $String(m.storageSize) : m.storageSize;
                    else
                        d.storageSize = o.longs === $String ? $util.Long.prototype.toString.call(m.storageSize) : o.longs === $Number ? new $util.LongBits(m.storageSize.low >>> 0, m.storageSize.high >>> 0).toNumber(true) : m.storageSize;
                }
                if (m.ledgerCount != null && $Object.hasOwnProperty.call(m, "ledgerCount")) {
                    d.ledgerCount = m.ledgerCount;
                }
                if (m.producerCount != null && $Object.hasOwnProperty.call(m, "producerCount")) {
                    d.producerCount = m.producerCount;
                }
                if (m.subscriptions && m.subscriptions.length) {
                    d.subscriptions = $Array(m.subscriptions.length);
                    for (var j = 0; j < m.subscriptions.length; ++j) {
                        d.subscriptions[j] = $root.brook.v1.SubscriptionStats.toObject(m.subscriptions[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this TopicStats to JSON.
             * @function toJSON
             * @memberof brook.v1.TopicStats
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TopicStats.prototype.toJSON = function() {
                return TopicStats.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TopicStats
             * @function getTypeUrl
             * @memberof brook.v1.TopicStats
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TopicStats.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brook.v1.TopicStats";
            };

            return TopicStats;
        })();

        v1.SubscriptionStats = (function() {

            /**
             * Properties of a SubscriptionStats.
             * @typedef {Object} brook.v1.SubscriptionStats.$Properties
             * @property {string|null} [name] SubscriptionStats name
             * @property {brook.v1.SubscriptionType|null} [type] SubscriptionStats type
             * @property {number|null} [backlog] SubscriptionStats backlog
             * @property {number|null} [consumerCount] SubscriptionStats consumerCount
             * @property {number|null} [unackedCount] SubscriptionStats unackedCount
             * @property {number|null} [markDeleteOffset] SubscriptionStats markDeleteOffset
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SubscriptionStats.
             * @memberof brook.v1
             * @interface ISubscriptionStats
             * @augments brook.v1.SubscriptionStats.$Properties
             * @deprecated Use brook.v1.SubscriptionStats.$Properties instead.
             */

            /**
             * Shape of a SubscriptionStats.
             * @typedef {brook.v1.SubscriptionStats.$Properties} brook.v1.SubscriptionStats.$Shape
             */

            /**
             * Constructs a new SubscriptionStats.
             * @memberof brook.v1
             * @classdesc Represents a SubscriptionStats.
             * @constructor
             * @param {brook.v1.SubscriptionStats.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SubscriptionStats = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SubscriptionStats name.
             * @member {string} name
             * @memberof brook.v1.SubscriptionStats
             * @instance
             */
            SubscriptionStats.prototype.name = "";

            /**
             * SubscriptionStats type.
             * @member {brook.v1.SubscriptionType} type
             * @memberof brook.v1.SubscriptionStats
             * @instance
             */
            SubscriptionStats.prototype.type = 0;

            /**
             * SubscriptionStats backlog.
             * @member {number} backlog
             * @memberof brook.v1.SubscriptionStats
             * @instance
             */
            SubscriptionStats.prototype.backlog = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SubscriptionStats consumerCount.
             * @member {number} consumerCount
             * @memberof brook.v1.SubscriptionStats
             * @instance
             */
            SubscriptionStats.prototype.consumerCount = 0;

            /**
             * SubscriptionStats unackedCount.
             * @member {number} unackedCount
             * @memberof brook.v1.SubscriptionStats
             * @instance
             */
            SubscriptionStats.prototype.unackedCount = 0;

            /**
             * SubscriptionStats markDeleteOffset.
             * @member {number} markDeleteOffset
             * @memberof brook.v1.SubscriptionStats
             * @instance
             */
            SubscriptionStats.prototype.markDeleteOffset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new SubscriptionStats instance using the specified properties.
             * @function create
             * @memberof brook.v1.SubscriptionStats
             * @static
             * @param {brook.v1.SubscriptionStats.$Properties=} [properties] Properties to set
             * @returns {brook.v1.SubscriptionStats} SubscriptionStats instance
             * @type {{
             *   (properties: brook.v1.SubscriptionStats.$Shape): brook.v1.SubscriptionStats & brook.v1.SubscriptionStats.$Shape;
             *   (properties?: brook.v1.SubscriptionStats.$Properties): brook.v1.SubscriptionStats;
             * }}
             */
            SubscriptionStats.create = function(properties) {
                return new SubscriptionStats(properties);
            };

            /**
             * Encodes the specified SubscriptionStats message. Does not implicitly {@link brook.v1.SubscriptionStats.verify|verify} messages.
             * @function encode
             * @memberof brook.v1.SubscriptionStats
             * @static
             * @param {brook.v1.SubscriptionStats.$Properties} m SubscriptionStats message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubscriptionStats.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
                if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).int32(m.type);
                if (m.backlog != null && $Object.hasOwnProperty.call(m, "backlog") && (typeof m.backlog === "object" ? m.backlog.low || m.backlog.high : m.backlog !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.backlog);
                if (m.consumerCount != null && $Object.hasOwnProperty.call(m, "consumerCount") && m.consumerCount !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.consumerCount);
                if (m.unackedCount != null && $Object.hasOwnProperty.call(m, "unackedCount") && m.unackedCount !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).uint32(m.unackedCount);
                if (m.markDeleteOffset != null && $Object.hasOwnProperty.call(m, "markDeleteOffset") && (typeof m.markDeleteOffset === "object" ? m.markDeleteOffset.low || m.markDeleteOffset.high : m.markDeleteOffset !== 0))
                    w.uint32(/* id 6, wireType 0 =*/48).uint64(m.markDeleteOffset);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a SubscriptionStats message from the specified reader or buffer.
             * @function decode
             * @memberof brook.v1.SubscriptionStats
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {brook.v1.SubscriptionStats & brook.v1.SubscriptionStats.$Shape} SubscriptionStats
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubscriptionStats.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.brook.v1.SubscriptionStats();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.type = v;
                            else
                                delete m.type;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.backlog = v;
                            else
                                delete m.backlog;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.consumerCount = v;
                            else
                                delete m.consumerCount;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.unackedCount = v;
                            else
                                delete m.unackedCount;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.markDeleteOffset = v;
                            else
                                delete m.markDeleteOffset;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a SubscriptionStats message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brook.v1.SubscriptionStats
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {brook.v1.SubscriptionStats} SubscriptionStats
             */
            SubscriptionStats.fromObject = function (d, q) {
                if (d instanceof $root.brook.v1.SubscriptionStats)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".brook.v1.SubscriptionStats: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.brook.v1.SubscriptionStats();
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.type !== 0 && (typeof d.type !== "string" || $root.brook.v1.SubscriptionType[d.type] !== 0)) {
                    switch (d.type) {
                    case "SUBSCRIPTION_TYPE_EXCLUSIVE":
                    case 0:
                        m.type = 0;
                        break;
                    case "SUBSCRIPTION_TYPE_SHARED":
                    case 1:
                        m.type = 1;
                        break;
                    case "SUBSCRIPTION_TYPE_FAILOVER":
                    case 2:
                        m.type = 2;
                        break;
                    case "SUBSCRIPTION_TYPE_KEY_SHARED":
                    case 3:
                        m.type = 3;
                        break;
                    default:
                        if (typeof d.type === "number" && (d.type | 0) === d.type)
                            m.type = d.type;
                    }
                }
                if (d.backlog != null) {
                    if (typeof d.backlog === "object" ? d.backlog.low || d.backlog.high : $Number(d.backlog) !== 0) {
                        if ($util.Long)
                            m.backlog = $util.Long.fromValue(d.backlog, true);
                        else if (typeof d.backlog === "string")
                            m.backlog = $parseInt(d.backlog, 10);
                        else if (typeof d.backlog === "number")
                            m.backlog = d.backlog;
                        else if (typeof d.backlog === "object")
                            m.backlog = new $util.LongBits(d.backlog.low >>> 0, d.backlog.high >>> 0).toNumber(true);
                    }
                }
                if (d.consumerCount != null) {
                    if ($Number(d.consumerCount) !== 0) {
                        m.consumerCount = d.consumerCount >>> 0;
                    }
                }
                if (d.unackedCount != null) {
                    if ($Number(d.unackedCount) !== 0) {
                        m.unackedCount = d.unackedCount >>> 0;
                    }
                }
                if (d.markDeleteOffset != null) {
                    if (typeof d.markDeleteOffset === "object" ? d.markDeleteOffset.low || d.markDeleteOffset.high : $Number(d.markDeleteOffset) !== 0) {
                        if ($util.Long)
                            m.markDeleteOffset = $util.Long.fromValue(d.markDeleteOffset, true);
                        else if (typeof d.markDeleteOffset === "string")
                            m.markDeleteOffset = $parseInt(d.markDeleteOffset, 10);
                        else if (typeof d.markDeleteOffset === "number")
                            m.markDeleteOffset = d.markDeleteOffset;
                        else if (typeof d.markDeleteOffset === "object")
                            m.markDeleteOffset = new $util.LongBits(d.markDeleteOffset.low >>> 0, d.markDeleteOffset.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SubscriptionStats message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brook.v1.SubscriptionStats
             * @static
             * @param {brook.v1.SubscriptionStats} m SubscriptionStats
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SubscriptionStats.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.name = "";
                    d.type = o.enums === $String ? "SUBSCRIPTION_TYPE_EXCLUSIVE" : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.backlog = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.backlog = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.consumerCount = 0;
                    d.unackedCount = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.markDeleteOffset = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.markDeleteOffset = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                    d.type = o.enums === $String ? $root.brook.v1.SubscriptionType[m.type] === $undefined ? m.type : $root.brook.v1.SubscriptionType[m.type] : m.type;
                }
                if (m.backlog != null && $Object.hasOwnProperty.call(m, "backlog")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.backlog = typeof m.backlog === "number" ? $BigInt(m.backlog) : $util.Long.fromBits(m.backlog.low >>> 0, m.backlog.high >>> 0, true).toBigInt();
                    else if (typeof m.backlog === "number")
                        d.backlog = o.longs === $String ? $String(m.backlog) : m.backlog;
                    else
                        d.backlog = o.longs === $String ? $util.Long.prototype.toString.call(m.backlog) : o.longs === $Number ? new $util.LongBits(m.backlog.low >>> 0, m.backlog.high >>> 0).toNumber(true) : m.backlog;
                }
                if (m.consumerCount != null && $Object.hasOwnProperty.call(m, "consumerCount")) {
                    d.consumerCount = m.consumerCount;
                }
                if (m.unackedCount != null && $Object.hasOwnProperty.call(m, "unackedCount")) {
                    d.unackedCount = m.unackedCount;
                }
                if (m.markDeleteOffset != null && $Object.hasOwnProperty.call(m, "markDeleteOffset")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.markDeleteOffset = typeof m.markDeleteOffset === "number" ? $BigInt(m.markDeleteOffset) : $util.Long.fromBits(m.markDeleteOffset.low >>> 0, m.markDeleteOffset.high >>> 0, true).toBigInt();
                    else if (typeof m.markDeleteOffset === "number")
                        d.markDeleteOffset = o.longs === $String ? $String(m.markDeleteOffset) : m.markDeleteOffset;
                    else
                        d.markDeleteOffset = o.longs === $String ? $util.Long.prototype.toString.call(m.markDeleteOffset) : o.longs === $Number ? new $util.LongBits(m.markDeleteOffset.low >>> 0, m.markDeleteOffset.high >>> 0).toNumber(true) : m.markDeleteOffset;
                }
                return d;
            };

            /**
             * Converts this SubscriptionStats to JSON.
             * @function toJSON
             * @memberof brook.v1.SubscriptionStats
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SubscriptionStats.prototype.toJSON = function() {
                return SubscriptionStats.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SubscriptionStats
             * @function getTypeUrl
             * @memberof brook.v1.SubscriptionStats
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SubscriptionStats.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brook.v1.SubscriptionStats";
            };

            return SubscriptionStats;
        })();

        v1.MessageBatch = (function() {

            /**
             * Properties of a MessageBatch.
             * @typedef {Object} brook.v1.MessageBatch.$Properties
             * @property {Array.<brook.v1.SingleMessage.$Properties>|null} [messages] MessageBatch messages
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MessageBatch.
             * @memberof brook.v1
             * @interface IMessageBatch
             * @augments brook.v1.MessageBatch.$Properties
             * @deprecated Use brook.v1.MessageBatch.$Properties instead.
             */

            /**
             * Shape of a MessageBatch.
             * @typedef {brook.v1.MessageBatch.$Properties} brook.v1.MessageBatch.$Shape
             */

            /**
             * Constructs a new MessageBatch.
             * @memberof brook.v1
             * @classdesc Represents a MessageBatch.
             * @constructor
             * @param {brook.v1.MessageBatch.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var MessageBatch = function (p) {
                this.messages = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * MessageBatch messages.
             * @member {Array.<brook.v1.SingleMessage.$Properties>} messages
             * @memberof brook.v1.MessageBatch
             * @instance
             */
            MessageBatch.prototype.messages = $util.emptyArray;

            /**
             * Creates a new MessageBatch instance using the specified properties.
             * @function create
             * @memberof brook.v1.MessageBatch
             * @static
             * @param {brook.v1.MessageBatch.$Properties=} [properties] Properties to set
             * @returns {brook.v1.MessageBatch} MessageBatch instance
             * @type {{
             *   (properties: brook.v1.MessageBatch.$Shape): brook.v1.MessageBatch & brook.v1.MessageBatch.$Shape;
             *   (properties?: brook.v1.MessageBatch.$Properties): brook.v1.MessageBatch;
             * }}
             */
            MessageBatch.create = function(properties) {
                return new MessageBatch(properties);
            };

            /**
             * Encodes the specified MessageBatch message. Does not implicitly {@link brook.v1.MessageBatch.verify|verify} messages.
             * @function encode
             * @memberof brook.v1.MessageBatch
             * @static
             * @param {brook.v1.MessageBatch.$Properties} m MessageBatch message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MessageBatch.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.messages != null && m.messages.length) {
                    for (var i = 0; i < m.messages.length; ++i)
                        $root.brook.v1.SingleMessage.encode(m.messages[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a MessageBatch message from the specified reader or buffer.
             * @function decode
             * @memberof brook.v1.MessageBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {brook.v1.MessageBatch & brook.v1.MessageBatch.$Shape} MessageBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MessageBatch.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.brook.v1.MessageBatch();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.messages && m.messages.length))
                                m.messages = [];
                            m.messages.push($root.brook.v1.SingleMessage.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a MessageBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brook.v1.MessageBatch
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {brook.v1.MessageBatch} MessageBatch
             */
            MessageBatch.fromObject = function (d, q) {
                if (d instanceof $root.brook.v1.MessageBatch)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".brook.v1.MessageBatch: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.brook.v1.MessageBatch();
                if (d.messages) {
                    if (!$Array.isArray(d.messages))
                        throw $TypeError(".brook.v1.MessageBatch.messages: array expected");
                    m.messages = $Array(d.messages.length);
                    for (var i = 0; i < d.messages.length; ++i) {
                        if (!$util.isObject(d.messages[i]))
                            throw $TypeError(".brook.v1.MessageBatch.messages: object expected");
                        m.messages[i] = $root.brook.v1.SingleMessage.fromObject(d.messages[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a MessageBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brook.v1.MessageBatch
             * @static
             * @param {brook.v1.MessageBatch} m MessageBatch
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MessageBatch.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.messages = [];
                }
                if (m.messages && m.messages.length) {
                    d.messages = $Array(m.messages.length);
                    for (var j = 0; j < m.messages.length; ++j) {
                        d.messages[j] = $root.brook.v1.SingleMessage.toObject(m.messages[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this MessageBatch to JSON.
             * @function toJSON
             * @memberof brook.v1.MessageBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MessageBatch.prototype.toJSON = function() {
                return MessageBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MessageBatch
             * @function getTypeUrl
             * @memberof brook.v1.MessageBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MessageBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brook.v1.MessageBatch";
            };

            return MessageBatch;
        })();

        v1.SingleMessage = (function() {

            /**
             * Properties of a SingleMessage.
             * @typedef {Object} brook.v1.SingleMessage.$Properties
             * @property {Uint8Array|null} [value] SingleMessage value
             * @property {string|null} [key] SingleMessage key
             * @property {Object.<string,string>|null} [properties] SingleMessage properties
             * @property {number|null} [eventTime] SingleMessage eventTime
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SingleMessage.
             * @memberof brook.v1
             * @interface ISingleMessage
             * @augments brook.v1.SingleMessage.$Properties
             * @deprecated Use brook.v1.SingleMessage.$Properties instead.
             */

            /**
             * Shape of a SingleMessage.
             * @typedef {brook.v1.SingleMessage.$Properties} brook.v1.SingleMessage.$Shape
             */

            /**
             * Constructs a new SingleMessage.
             * @memberof brook.v1
             * @classdesc Represents a SingleMessage.
             * @constructor
             * @param {brook.v1.SingleMessage.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SingleMessage = function (p) {
                this.properties = {};
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SingleMessage value.
             * @member {Uint8Array} value
             * @memberof brook.v1.SingleMessage
             * @instance
             */
            SingleMessage.prototype.value = $util.newBuffer([]);

            /**
             * SingleMessage key.
             * @member {string|null|undefined} key
             * @memberof brook.v1.SingleMessage
             * @instance
             */
            SingleMessage.prototype.key = null;

            /**
             * SingleMessage properties.
             * @member {Object.<string,string>} properties
             * @memberof brook.v1.SingleMessage
             * @instance
             */
            SingleMessage.prototype.properties = $util.emptyObject;

            /**
             * SingleMessage eventTime.
             * @member {number} eventTime
             * @memberof brook.v1.SingleMessage
             * @instance
             */
            SingleMessage.prototype.eventTime = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SingleMessage.prototype, "_key", {
                get: $util.oneOfGetter($oneOfFields = ["key"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new SingleMessage instance using the specified properties.
             * @function create
             * @memberof brook.v1.SingleMessage
             * @static
             * @param {brook.v1.SingleMessage.$Properties=} [properties] Properties to set
             * @returns {brook.v1.SingleMessage} SingleMessage instance
             * @type {{
             *   (properties: brook.v1.SingleMessage.$Shape): brook.v1.SingleMessage & brook.v1.SingleMessage.$Shape;
             *   (properties?: brook.v1.SingleMessage.$Properties): brook.v1.SingleMessage;
             * }}
             */
            SingleMessage.create = function(properties) {
                return new SingleMessage(properties);
            };

            /**
             * Encodes the specified SingleMessage message. Does not implicitly {@link brook.v1.SingleMessage.verify|verify} messages.
             * @function encode
             * @memberof brook.v1.SingleMessage
             * @static
             * @param {brook.v1.SingleMessage.$Properties} m SingleMessage message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SingleMessage.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.value != null && $Object.hasOwnProperty.call(m, "value") && m.value.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.value);
                if (m.key != null && $Object.hasOwnProperty.call(m, "key"))
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.key);
                if (m.properties != null && $Object.hasOwnProperty.call(m, "properties")) {
                    for (var ks = $Object.keys(m.properties), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 2 =*/18).string(m.properties[ks[i]]).ldelim();
                    }
                }
                if (m.eventTime != null && $Object.hasOwnProperty.call(m, "eventTime") && (typeof m.eventTime === "object" ? m.eventTime.low || m.eventTime.high : m.eventTime !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).uint64(m.eventTime);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a SingleMessage message from the specified reader or buffer.
             * @function decode
             * @memberof brook.v1.SingleMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {brook.v1.SingleMessage & brook.v1.SingleMessage.$Shape} SingleMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SingleMessage.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, k, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.brook.v1.SingleMessage();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.value = v;
                            else
                                delete m.value;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.key = r.stringVerify();
                            m._key = "key";
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (m.properties === $util.emptyObject)
                                m.properties = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = "";
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 2)
                                        break;
                                    v = r.stringVerify();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.properties, k);
                            m.properties[k] = v;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.eventTime = v;
                            else
                                delete m.eventTime;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a SingleMessage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brook.v1.SingleMessage
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {brook.v1.SingleMessage} SingleMessage
             */
            SingleMessage.fromObject = function (d, q) {
                if (d instanceof $root.brook.v1.SingleMessage)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".brook.v1.SingleMessage: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.brook.v1.SingleMessage();
                if (d.value != null) {
                    if (d.value.length) {
                        if (typeof d.value === "string")
                            $util.base64.decode(d.value, m.value = $util.newBuffer($util.base64.length(d.value)), 0);
                        else if (d.value.length >= 0)
                            m.value = d.value;
                    }
                }
                if (d.key != null) {
                    m.key = $String(d.key);
                }
                if (d.properties) {
                    if (!$util.isObject(d.properties))
                        throw $TypeError(".brook.v1.SingleMessage.properties: object expected");
                    m.properties = {};
                    for (var ks = $Object.keys(d.properties), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.properties, ks[i]);
                        m.properties[ks[i]] = $String(d.properties[ks[i]]);
                    }
                }
                if (d.eventTime != null) {
                    if (typeof d.eventTime === "object" ? d.eventTime.low || d.eventTime.high : $Number(d.eventTime) !== 0) {
                        if ($util.Long)
                            m.eventTime = $util.Long.fromValue(d.eventTime, true);
                        else if (typeof d.eventTime === "string")
                            m.eventTime = $parseInt(d.eventTime, 10);
                        else if (typeof d.eventTime === "number")
                            m.eventTime = d.eventTime;
                        else if (typeof d.eventTime === "object")
                            m.eventTime = new $util.LongBits(d.eventTime.low >>> 0, d.eventTime.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SingleMessage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brook.v1.SingleMessage
             * @static
             * @param {brook.v1.SingleMessage} m SingleMessage
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SingleMessage.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.objects || o.defaults) {
                    d.properties = {};
                }
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.value = "";
                    else {
                        d.value = [];
                        if (o.bytes !== $Array)
                            d.value = $util.newBuffer(d.value);
                    }
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.eventTime = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.eventTime = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                    d.value = o.bytes === $String ? $util.base64.encode(m.value, 0, m.value.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.value) : m.value;
                }
                if (m.key != null && $Object.hasOwnProperty.call(m, "key")) {
                    d.key = m.key;
                }
                var ks2;
                if (m.properties && (ks2 = $Object.keys(m.properties)).length) {
                    d.properties = {};
                    for (var j = 0; j < ks2.length; ++j) {
                        if (ks2[j] === "__proto__")
                            $util.makeProp(d.properties, ks2[j]);
                        d.properties[ks2[j]] = m.properties[ks2[j]];
                    }
                }
                if (m.eventTime != null && $Object.hasOwnProperty.call(m, "eventTime")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.eventTime = typeof m.eventTime === "number" ? $BigInt(m.eventTime) : $util.Long.fromBits(m.eventTime.low >>> 0, m.eventTime.high >>> 0, true).toBigInt();
                    else if (typeof m.eventTime === "number")
                        d.eventTime = o.longs === $String ? $String(m.eventTime) : m.eventTime;
                    else
                        d.eventTime = o.longs === $String ? $util.Long.prototype.toString.call(m.eventTime) : o.longs === $Number ? new $util.LongBits(m.eventTime.low >>> 0, m.eventTime.high >>> 0).toNumber(true) : m.eventTime;
                }
                return d;
            };

            /**
             * Converts this SingleMessage to JSON.
             * @function toJSON
             * @memberof brook.v1.SingleMessage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SingleMessage.prototype.toJSON = function() {
                return SingleMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SingleMessage
             * @function getTypeUrl
             * @memberof brook.v1.SingleMessage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SingleMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brook.v1.SingleMessage";
            };

            return SingleMessage;
        })();

        /**
         * Codec enum.
         * @name brook.v1.Codec
         * @enum {number}
         * @property {number} CODEC_NONE=0 CODEC_NONE value
         * @property {number} CODEC_LZ4=1 CODEC_LZ4 value
         * @property {number} CODEC_ZSTD=2 CODEC_ZSTD value
         * @property {number} CODEC_SNAPPY=3 CODEC_SNAPPY value
         * @property {number} CODEC_ZLIB=4 CODEC_ZLIB value
         */
        v1.Codec = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "CODEC_NONE"] = 0;
            values[valuesById[1] = "CODEC_LZ4"] = 1;
            values[valuesById[2] = "CODEC_ZSTD"] = 2;
            values[valuesById[3] = "CODEC_SNAPPY"] = 3;
            values[valuesById[4] = "CODEC_ZLIB"] = 4;
            return values;
        })();

        v1.MessageIdData = (function() {

            /**
             * Properties of a MessageIdData.
             * @typedef {Object} brook.v1.MessageIdData.$Properties
             * @property {number|null} [partition] MessageIdData partition
             * @property {number|null} [ledgerId] MessageIdData ledgerId
             * @property {number|null} [entryId] MessageIdData entryId
             * @property {number|null} [batchIndex] MessageIdData batchIndex
             * @property {number|null} [offset] MessageIdData offset
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MessageIdData.
             * @memberof brook.v1
             * @interface IMessageIdData
             * @augments brook.v1.MessageIdData.$Properties
             * @deprecated Use brook.v1.MessageIdData.$Properties instead.
             */

            /**
             * Shape of a MessageIdData.
             * @typedef {brook.v1.MessageIdData.$Properties} brook.v1.MessageIdData.$Shape
             */

            /**
             * Constructs a new MessageIdData.
             * @memberof brook.v1
             * @classdesc Represents a MessageIdData.
             * @constructor
             * @param {brook.v1.MessageIdData.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var MessageIdData = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * MessageIdData partition.
             * @member {number} partition
             * @memberof brook.v1.MessageIdData
             * @instance
             */
            MessageIdData.prototype.partition = 0;

            /**
             * MessageIdData ledgerId.
             * @member {number} ledgerId
             * @memberof brook.v1.MessageIdData
             * @instance
             */
            MessageIdData.prototype.ledgerId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * MessageIdData entryId.
             * @member {number} entryId
             * @memberof brook.v1.MessageIdData
             * @instance
             */
            MessageIdData.prototype.entryId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * MessageIdData batchIndex.
             * @member {number} batchIndex
             * @memberof brook.v1.MessageIdData
             * @instance
             */
            MessageIdData.prototype.batchIndex = 0;

            /**
             * MessageIdData offset.
             * @member {number} offset
             * @memberof brook.v1.MessageIdData
             * @instance
             */
            MessageIdData.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new MessageIdData instance using the specified properties.
             * @function create
             * @memberof brook.v1.MessageIdData
             * @static
             * @param {brook.v1.MessageIdData.$Properties=} [properties] Properties to set
             * @returns {brook.v1.MessageIdData} MessageIdData instance
             * @type {{
             *   (properties: brook.v1.MessageIdData.$Shape): brook.v1.MessageIdData & brook.v1.MessageIdData.$Shape;
             *   (properties?: brook.v1.MessageIdData.$Properties): brook.v1.MessageIdData;
             * }}
             */
            MessageIdData.create = function(properties) {
                return new MessageIdData(properties);
            };

            /**
             * Encodes the specified MessageIdData message. Does not implicitly {@link brook.v1.MessageIdData.verify|verify} messages.
             * @function encode
             * @memberof brook.v1.MessageIdData
             * @static
             * @param {brook.v1.MessageIdData.$Properties} m MessageIdData message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MessageIdData.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.partition != null && $Object.hasOwnProperty.call(m, "partition") && m.partition !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).int32(m.partition);
                if (m.ledgerId != null && $Object.hasOwnProperty.call(m, "ledgerId") && (typeof m.ledgerId === "object" ? m.ledgerId.low || m.ledgerId.high : m.ledgerId !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.ledgerId);
                if (m.entryId != null && $Object.hasOwnProperty.call(m, "entryId") && (typeof m.entryId === "object" ? m.entryId.low || m.entryId.high : m.entryId !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.entryId);
                if (m.batchIndex != null && $Object.hasOwnProperty.call(m, "batchIndex") && m.batchIndex !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.batchIndex);
                if (m.offset != null && $Object.hasOwnProperty.call(m, "offset") && (typeof m.offset === "object" ? m.offset.low || m.offset.high : m.offset !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).uint64(m.offset);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a MessageIdData message from the specified reader or buffer.
             * @function decode
             * @memberof brook.v1.MessageIdData
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {brook.v1.MessageIdData & brook.v1.MessageIdData.$Shape} MessageIdData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MessageIdData.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.brook.v1.MessageIdData();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.partition = v;
                            else
                                delete m.partition;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.ledgerId = v;
                            else
                                delete m.ledgerId;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.entryId = v;
                            else
                                delete m.entryId;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.batchIndex = v;
                            else
                                delete m.batchIndex;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.offset = v;
                            else
                                delete m.offset;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a MessageIdData message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brook.v1.MessageIdData
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {brook.v1.MessageIdData} MessageIdData
             */
            MessageIdData.fromObject = function (d, q) {
                if (d instanceof $root.brook.v1.MessageIdData)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".brook.v1.MessageIdData: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.brook.v1.MessageIdData();
                if (d.partition != null) {
                    if ($Number(d.partition) !== 0) {
                        m.partition = d.partition | 0;
                    }
                }
                if (d.ledgerId != null) {
                    if (typeof d.ledgerId === "object" ? d.ledgerId.low || d.ledgerId.high : $Number(d.ledgerId) !== 0) {
                        if ($util.Long)
                            m.ledgerId = $util.Long.fromValue(d.ledgerId, true);
                        else if (typeof d.ledgerId === "string")
                            m.ledgerId = $parseInt(d.ledgerId, 10);
                        else if (typeof d.ledgerId === "number")
                            m.ledgerId = d.ledgerId;
                        else if (typeof d.ledgerId === "object")
                            m.ledgerId = new $util.LongBits(d.ledgerId.low >>> 0, d.ledgerId.high >>> 0).toNumber(true);
                    }
                }
                if (d.entryId != null) {
                    if (typeof d.entryId === "object" ? d.entryId.low || d.entryId.high : $Number(d.entryId) !== 0) {
                        if ($util.Long)
                            m.entryId = $util.Long.fromValue(d.entryId, true);
                        else if (typeof d.entryId === "string")
                            m.entryId = $parseInt(d.entryId, 10);
                        else if (typeof d.entryId === "number")
                            m.entryId = d.entryId;
                        else if (typeof d.entryId === "object")
                            m.entryId = new $util.LongBits(d.entryId.low >>> 0, d.entryId.high >>> 0).toNumber(true);
                    }
                }
                if (d.batchIndex != null) {
                    if ($Number(d.batchIndex) !== 0) {
                        m.batchIndex = d.batchIndex >>> 0;
                    }
                }
                if (d.offset != null) {
                    if (typeof d.offset === "object" ? d.offset.low || d.offset.high : $Number(d.offset) !== 0) {
                        if ($util.Long)
                            m.offset = $util.Long.fromValue(d.offset, true);
                        else if (typeof d.offset === "string")
                            m.offset = $parseInt(d.offset, 10);
                        else if (typeof d.offset === "number")
                            m.offset = d.offset;
                        else if (typeof d.offset === "object")
                            m.offset = new $util.LongBits(d.offset.low >>> 0, d.offset.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a MessageIdData message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brook.v1.MessageIdData
             * @static
             * @param {brook.v1.MessageIdData} m MessageIdData
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MessageIdData.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.partition = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.ledgerId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.ledgerId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.entryId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.entryId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.batchIndex = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.offset = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.offset = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.partition != null && $Object.hasOwnProperty.call(m, "partition")) {
                    d.partition = m.partition;
                }
                if (m.ledgerId != null && $Object.hasOwnProperty.call(m, "ledgerId")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.ledgerId = typeof m.ledgerId === "number" ? $BigInt(m.ledgerId) : $util.Long.fromBits(m.ledgerId.low >>> 0, m.ledgerId.high >>> 0, true).toBigInt();
                    else if (typeof m.ledgerId === "number")
                        d.ledgerId = o.longs === $String ? $String(m.ledgerId) : m.ledgerId;
                    else
                        d.ledgerId = o.longs === $String ? $util.Long.prototype.toString.call(m.ledgerId) : o.longs === $Number ? new $util.LongBits(m.ledgerId.low >>> 0, m.ledgerId.high >>> 0).toNumber(true) : m.ledgerId;
                }
                if (m.entryId != null && $Object.hasOwnProperty.call(m, "entryId")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.entryId = typeof m.entryId === "number" ? $BigInt(m.entryId) : $util.Long.fromBits(m.entryId.low >>> 0, m.entryId.high >>> 0, true).toBigInt();
                    else if (typeof m.entryId === "number")
                        d.entryId = o.longs === $String ? $String(m.entryId) : m.entryId;
                    else
                        d.entryId = o.longs === $String ? $util.Long.prototype.toString.call(m.entryId) : o.longs === $Number ? new $util.LongBits(m.entryId.low >>> 0, m.entryId.high >>> 0).toNumber(true) : m.entryId;
                }
                if (m.batchIndex != null && $Object.hasOwnProperty.call(m, "batchIndex")) {
                    d.batchIndex = m.batchIndex;
                }
                if (m.offset != null && $Object.hasOwnProperty.call(m, "offset")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.offset = typeof m.offset === "number" ? $BigInt(m.offset) : $util.Long.fromBits(m.offset.low >>> 0, m.offset.high >>> 0, true).toBigInt();
                    else if (typeof m.offset === "number")
                        d.offset = o.longs === $String ? $String(m.offset) : m.offset;
                    else
                        d.offset = o.longs === $String ? $util.Long.prototype.toString.call(m.offset) : o.longs === $Number ? new $util.LongBits(m.offset.low >>> 0, m.offset.high >>> 0).toNumber(true) : m.offset;
                }
                return d;
            };

            /**
             * Converts this MessageIdData to JSON.
             * @function toJSON
             * @memberof brook.v1.MessageIdData
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MessageIdData.prototype.toJSON = function() {
                return MessageIdData.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MessageIdData
             * @function getTypeUrl
             * @memberof brook.v1.MessageIdData
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MessageIdData.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brook.v1.MessageIdData";
            };

            return MessageIdData;
        })();

        return v1;
    })();

    return brook;
})();

export const brook = $root.brook;
