import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace brook {

    namespace v1 {

        class Bookie extends $protobuf.rpc.Service {
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
            static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Bookie;
            add: brook.v1.Bookie.Add;
            read: brook.v1.Bookie.Read;
            readLac: brook.v1.Bookie.ReadLac;
            fence: brook.v1.Bookie.Fence;
        }

        namespace Bookie {
            type AddCallback = (error: (Error|null), response?: brook.v1.AddResponse) => void;
            type Add = {
              (request: brook.v1.IAddRequest, callback: brook.v1.Bookie.AddCallback): void;
              (request: brook.v1.IAddRequest): Promise<brook.v1.AddResponse>;
              readonly name: "Add";
              readonly path: "/brook.v1.Bookie/Add";
              readonly requestType: "AddRequest";
              readonly responseType: "AddResponse";
              readonly requestStream: true;
              readonly responseStream: true;
            };
            type ReadCallback = (error: (Error|null), response?: brook.v1.ReadResponse) => void;
            type Read = {
              (request: brook.v1.IReadRequest, callback: brook.v1.Bookie.ReadCallback): void;
              (request: brook.v1.IReadRequest): Promise<brook.v1.ReadResponse>;
              readonly name: "Read";
              readonly path: "/brook.v1.Bookie/Read";
              readonly requestType: "ReadRequest";
              readonly responseType: "ReadResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type ReadLacCallback = (error: (Error|null), response?: brook.v1.ReadLacResponse) => void;
            type ReadLac = {
              (request: brook.v1.IReadLacRequest, callback: brook.v1.Bookie.ReadLacCallback): void;
              (request: brook.v1.IReadLacRequest): Promise<brook.v1.ReadLacResponse>;
              readonly name: "ReadLac";
              readonly path: "/brook.v1.Bookie/ReadLac";
              readonly requestType: "ReadLacRequest";
              readonly responseType: "ReadLacResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type FenceCallback = (error: (Error|null), response?: brook.v1.FenceResponse) => void;
            type Fence = {
              (request: brook.v1.IFenceRequest, callback: brook.v1.Bookie.FenceCallback): void;
              (request: brook.v1.IFenceRequest): Promise<brook.v1.FenceResponse>;
              readonly name: "Fence";
              readonly path: "/brook.v1.Bookie/Fence";
              readonly requestType: "FenceRequest";
              readonly responseType: "FenceResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
        }

        interface IAddRequest extends brook.v1.AddRequest.$Properties {
        }

        class AddRequest {
            constructor(p?: brook.v1.AddRequest.$Properties);
            $unknowns?: Uint8Array[];
            entries: brook.v1.AddEntry.$Properties[];
            static create(properties: brook.v1.AddRequest.$Shape): brook.v1.AddRequest & brook.v1.AddRequest.$Shape;
            static create(properties?: brook.v1.AddRequest.$Properties): brook.v1.AddRequest;
            static encode(m: brook.v1.AddRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.AddRequest & brook.v1.AddRequest.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.AddRequest;
            static toObject(m: brook.v1.AddRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AddRequest {
            interface $Properties {
                entries?: (brook.v1.AddEntry.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.AddRequest.$Properties;
        }

        interface IAddEntry extends brook.v1.AddEntry.$Properties {
        }

        class AddEntry {
            constructor(p?: brook.v1.AddEntry.$Properties);
            $unknowns?: Uint8Array[];
            ledgerId: number;
            entryId: number;
            masterKey: Uint8Array;
            lac: number;
            data: Uint8Array[];
            crc32c: number;
            recovery: boolean;
            static create(properties: brook.v1.AddEntry.$Shape): brook.v1.AddEntry & brook.v1.AddEntry.$Shape;
            static create(properties?: brook.v1.AddEntry.$Properties): brook.v1.AddEntry;
            static encode(m: brook.v1.AddEntry.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.AddEntry & brook.v1.AddEntry.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.AddEntry;
            static toObject(m: brook.v1.AddEntry, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AddEntry {
            interface $Properties {
                ledgerId?: (number|null);
                entryId?: (number|null);
                masterKey?: (Uint8Array|null);
                lac?: (number|null);
                data?: (Uint8Array[]|null);
                crc32c?: (number|null);
                recovery?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.AddEntry.$Properties;
        }

        interface IAddResponse extends brook.v1.AddResponse.$Properties {
        }

        class AddResponse {
            constructor(p?: brook.v1.AddResponse.$Properties);
            $unknowns?: Uint8Array[];
            results: brook.v1.AddResult.$Properties[];
            static create(properties: brook.v1.AddResponse.$Shape): brook.v1.AddResponse & brook.v1.AddResponse.$Shape;
            static create(properties?: brook.v1.AddResponse.$Properties): brook.v1.AddResponse;
            static encode(m: brook.v1.AddResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.AddResponse & brook.v1.AddResponse.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.AddResponse;
            static toObject(m: brook.v1.AddResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AddResponse {
            interface $Properties {
                results?: (brook.v1.AddResult.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.AddResponse.$Properties;
        }

        interface IAddResult extends brook.v1.AddResult.$Properties {
        }

        class AddResult {
            constructor(p?: brook.v1.AddResult.$Properties);
            $unknowns?: Uint8Array[];
            ledgerId: number;
            entryId: number;
            errorCode: string;
            errorMessage: string;
            static create(properties: brook.v1.AddResult.$Shape): brook.v1.AddResult & brook.v1.AddResult.$Shape;
            static create(properties?: brook.v1.AddResult.$Properties): brook.v1.AddResult;
            static encode(m: brook.v1.AddResult.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.AddResult & brook.v1.AddResult.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.AddResult;
            static toObject(m: brook.v1.AddResult, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AddResult {
            interface $Properties {
                ledgerId?: (number|null);
                entryId?: (number|null);
                errorCode?: (string|null);
                errorMessage?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.AddResult.$Properties;
        }

        interface IReadRequest extends brook.v1.ReadRequest.$Properties {
        }

        class ReadRequest {
            constructor(p?: brook.v1.ReadRequest.$Properties);
            $unknowns?: Uint8Array[];
            ledgerId: number;
            firstEntryId: number;
            lastEntryId: number;
            maxBytes: number;
            static create(properties: brook.v1.ReadRequest.$Shape): brook.v1.ReadRequest & brook.v1.ReadRequest.$Shape;
            static create(properties?: brook.v1.ReadRequest.$Properties): brook.v1.ReadRequest;
            static encode(m: brook.v1.ReadRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.ReadRequest & brook.v1.ReadRequest.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.ReadRequest;
            static toObject(m: brook.v1.ReadRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReadRequest {
            interface $Properties {
                ledgerId?: (number|null);
                firstEntryId?: (number|null);
                lastEntryId?: (number|null);
                maxBytes?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.ReadRequest.$Properties;
        }

        interface IReadResponse extends brook.v1.ReadResponse.$Properties {
        }

        class ReadResponse {
            constructor(p?: brook.v1.ReadResponse.$Properties);
            $unknowns?: Uint8Array[];
            entries: brook.v1.StoredEntry.$Properties[];
            lac: number;
            static create(properties: brook.v1.ReadResponse.$Shape): brook.v1.ReadResponse & brook.v1.ReadResponse.$Shape;
            static create(properties?: brook.v1.ReadResponse.$Properties): brook.v1.ReadResponse;
            static encode(m: brook.v1.ReadResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.ReadResponse & brook.v1.ReadResponse.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.ReadResponse;
            static toObject(m: brook.v1.ReadResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReadResponse {
            interface $Properties {
                entries?: (brook.v1.StoredEntry.$Properties[]|null);
                lac?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.ReadResponse.$Properties;
        }

        interface IStoredEntry extends brook.v1.StoredEntry.$Properties {
        }

        class StoredEntry {
            constructor(p?: brook.v1.StoredEntry.$Properties);
            $unknowns?: Uint8Array[];
            entryId: number;
            data: Uint8Array;
            crc32c: number;
            static create(properties: brook.v1.StoredEntry.$Shape): brook.v1.StoredEntry & brook.v1.StoredEntry.$Shape;
            static create(properties?: brook.v1.StoredEntry.$Properties): brook.v1.StoredEntry;
            static encode(m: brook.v1.StoredEntry.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.StoredEntry & brook.v1.StoredEntry.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.StoredEntry;
            static toObject(m: brook.v1.StoredEntry, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace StoredEntry {
            interface $Properties {
                entryId?: (number|null);
                data?: (Uint8Array|null);
                crc32c?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.StoredEntry.$Properties;
        }

        interface IReadLacRequest extends brook.v1.ReadLacRequest.$Properties {
        }

        class ReadLacRequest {
            constructor(p?: brook.v1.ReadLacRequest.$Properties);
            $unknowns?: Uint8Array[];
            ledgerId: number;
            static create(properties: brook.v1.ReadLacRequest.$Shape): brook.v1.ReadLacRequest & brook.v1.ReadLacRequest.$Shape;
            static create(properties?: brook.v1.ReadLacRequest.$Properties): brook.v1.ReadLacRequest;
            static encode(m: brook.v1.ReadLacRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.ReadLacRequest & brook.v1.ReadLacRequest.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.ReadLacRequest;
            static toObject(m: brook.v1.ReadLacRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReadLacRequest {
            interface $Properties {
                ledgerId?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.ReadLacRequest.$Properties;
        }

        interface IReadLacResponse extends brook.v1.ReadLacResponse.$Properties {
        }

        class ReadLacResponse {
            constructor(p?: brook.v1.ReadLacResponse.$Properties);
            $unknowns?: Uint8Array[];
            lac: number;
            lastEntryId: number;
            static create(properties: brook.v1.ReadLacResponse.$Shape): brook.v1.ReadLacResponse & brook.v1.ReadLacResponse.$Shape;
            static create(properties?: brook.v1.ReadLacResponse.$Properties): brook.v1.ReadLacResponse;
            static encode(m: brook.v1.ReadLacResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.ReadLacResponse & brook.v1.ReadLacResponse.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.ReadLacResponse;
            static toObject(m: brook.v1.ReadLacResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReadLacResponse {
            interface $Properties {
                lac?: (number|null);
                lastEntryId?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.ReadLacResponse.$Properties;
        }

        interface IFenceRequest extends brook.v1.FenceRequest.$Properties {
        }

        class FenceRequest {
            constructor(p?: brook.v1.FenceRequest.$Properties);
            $unknowns?: Uint8Array[];
            ledgerId: number;
            masterKey: Uint8Array;
            static create(properties: brook.v1.FenceRequest.$Shape): brook.v1.FenceRequest & brook.v1.FenceRequest.$Shape;
            static create(properties?: brook.v1.FenceRequest.$Properties): brook.v1.FenceRequest;
            static encode(m: brook.v1.FenceRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.FenceRequest & brook.v1.FenceRequest.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.FenceRequest;
            static toObject(m: brook.v1.FenceRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace FenceRequest {
            interface $Properties {
                ledgerId?: (number|null);
                masterKey?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.FenceRequest.$Properties;
        }

        interface IFenceResponse extends brook.v1.FenceResponse.$Properties {
        }

        class FenceResponse {
            constructor(p?: brook.v1.FenceResponse.$Properties);
            $unknowns?: Uint8Array[];
            lac: number;
            lastEntryId: number;
            static create(properties: brook.v1.FenceResponse.$Shape): brook.v1.FenceResponse & brook.v1.FenceResponse.$Shape;
            static create(properties?: brook.v1.FenceResponse.$Properties): brook.v1.FenceResponse;
            static encode(m: brook.v1.FenceResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.FenceResponse & brook.v1.FenceResponse.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.FenceResponse;
            static toObject(m: brook.v1.FenceResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace FenceResponse {
            interface $Properties {
                lac?: (number|null);
                lastEntryId?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.FenceResponse.$Properties;
        }

        class Broker extends $protobuf.rpc.Service {
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
            static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Broker;
            lookup: brook.v1.Broker.Lookup;
            publish: brook.v1.Broker.Publish;
            consume: brook.v1.Broker.Consume;
            getPartitionedMetadata: brook.v1.Broker.GetPartitionedMetadata;
            getTopicOffsets: brook.v1.Broker.GetTopicOffsets;
        }

        namespace Broker {
            type LookupCallback = (error: (Error|null), response?: brook.v1.LookupResponse) => void;
            type Lookup = {
              (request: brook.v1.ILookupRequest, callback: brook.v1.Broker.LookupCallback): void;
              (request: brook.v1.ILookupRequest): Promise<brook.v1.LookupResponse>;
              readonly name: "Lookup";
              readonly path: "/brook.v1.Broker/Lookup";
              readonly requestType: "LookupRequest";
              readonly responseType: "LookupResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type PublishCallback = (error: (Error|null), response?: brook.v1.PublishResponse) => void;
            type Publish = {
              (request: brook.v1.IPublishRequest, callback: brook.v1.Broker.PublishCallback): void;
              (request: brook.v1.IPublishRequest): Promise<brook.v1.PublishResponse>;
              readonly name: "Publish";
              readonly path: "/brook.v1.Broker/Publish";
              readonly requestType: "PublishRequest";
              readonly responseType: "PublishResponse";
              readonly requestStream: true;
              readonly responseStream: true;
            };
            type ConsumeCallback = (error: (Error|null), response?: brook.v1.ConsumeResponse) => void;
            type Consume = {
              (request: brook.v1.IConsumeRequest, callback: brook.v1.Broker.ConsumeCallback): void;
              (request: brook.v1.IConsumeRequest): Promise<brook.v1.ConsumeResponse>;
              readonly name: "Consume";
              readonly path: "/brook.v1.Broker/Consume";
              readonly requestType: "ConsumeRequest";
              readonly responseType: "ConsumeResponse";
              readonly requestStream: true;
              readonly responseStream: true;
            };
            type GetPartitionedMetadataCallback = (error: (Error|null), response?: brook.v1.PartitionedMetadataResponse) => void;
            type GetPartitionedMetadata = {
              (request: brook.v1.IPartitionedMetadataRequest, callback: brook.v1.Broker.GetPartitionedMetadataCallback): void;
              (request: brook.v1.IPartitionedMetadataRequest): Promise<brook.v1.PartitionedMetadataResponse>;
              readonly name: "GetPartitionedMetadata";
              readonly path: "/brook.v1.Broker/GetPartitionedMetadata";
              readonly requestType: "PartitionedMetadataRequest";
              readonly responseType: "PartitionedMetadataResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type GetTopicOffsetsCallback = (error: (Error|null), response?: brook.v1.TopicOffsets) => void;
            type GetTopicOffsets = {
              (request: brook.v1.ITopicOffsetsRequest, callback: brook.v1.Broker.GetTopicOffsetsCallback): void;
              (request: brook.v1.ITopicOffsetsRequest): Promise<brook.v1.TopicOffsets>;
              readonly name: "GetTopicOffsets";
              readonly path: "/brook.v1.Broker/GetTopicOffsets";
              readonly requestType: "TopicOffsetsRequest";
              readonly responseType: "TopicOffsets";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
        }

        class Admin extends $protobuf.rpc.Service {
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
            static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Admin;
            createTopic: brook.v1.Admin.CreateTopic;
            deleteTopic: brook.v1.Admin.DeleteTopic;
            listTopics: brook.v1.Admin.ListTopics;
            getTopicStats: brook.v1.Admin.GetTopicStats;
            updatePartitions: brook.v1.Admin.UpdatePartitions;
            listSubscriptions: brook.v1.Admin.ListSubscriptions;
            createSubscription: brook.v1.Admin.CreateSubscription;
            deleteSubscription: brook.v1.Admin.DeleteSubscription;
            resetCursor: brook.v1.Admin.ResetCursor;
            skipMessages: brook.v1.Admin.SkipMessages;
            clearBacklog: brook.v1.Admin.ClearBacklog;
            createTenant: brook.v1.Admin.CreateTenant;
            deleteTenant: brook.v1.Admin.DeleteTenant;
            listTenants: brook.v1.Admin.ListTenants;
            getTenant: brook.v1.Admin.GetTenant;
            createNamespace: brook.v1.Admin.CreateNamespace;
            deleteNamespace: brook.v1.Admin.DeleteNamespace;
            listNamespaces: brook.v1.Admin.ListNamespaces;
            getPolicies: brook.v1.Admin.GetPolicies;
            setPolicies: brook.v1.Admin.SetPolicies;
            removePolicy: brook.v1.Admin.RemovePolicy;
        }

        namespace Admin {
            type CreateTopicCallback = (error: (Error|null), response?: brook.v1.CreateTopicResponse) => void;
            type CreateTopic = {
              (request: brook.v1.ICreateTopicRequest, callback: brook.v1.Admin.CreateTopicCallback): void;
              (request: brook.v1.ICreateTopicRequest): Promise<brook.v1.CreateTopicResponse>;
              readonly name: "CreateTopic";
              readonly path: "/brook.v1.Admin/CreateTopic";
              readonly requestType: "CreateTopicRequest";
              readonly responseType: "CreateTopicResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type DeleteTopicCallback = (error: (Error|null), response?: brook.v1.DeleteTopicResponse) => void;
            type DeleteTopic = {
              (request: brook.v1.IDeleteTopicRequest, callback: brook.v1.Admin.DeleteTopicCallback): void;
              (request: brook.v1.IDeleteTopicRequest): Promise<brook.v1.DeleteTopicResponse>;
              readonly name: "DeleteTopic";
              readonly path: "/brook.v1.Admin/DeleteTopic";
              readonly requestType: "DeleteTopicRequest";
              readonly responseType: "DeleteTopicResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type ListTopicsCallback = (error: (Error|null), response?: brook.v1.ListTopicsResponse) => void;
            type ListTopics = {
              (request: brook.v1.IListTopicsRequest, callback: brook.v1.Admin.ListTopicsCallback): void;
              (request: brook.v1.IListTopicsRequest): Promise<brook.v1.ListTopicsResponse>;
              readonly name: "ListTopics";
              readonly path: "/brook.v1.Admin/ListTopics";
              readonly requestType: "ListTopicsRequest";
              readonly responseType: "ListTopicsResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type GetTopicStatsCallback = (error: (Error|null), response?: brook.v1.TopicStats) => void;
            type GetTopicStats = {
              (request: brook.v1.IGetTopicStatsRequest, callback: brook.v1.Admin.GetTopicStatsCallback): void;
              (request: brook.v1.IGetTopicStatsRequest): Promise<brook.v1.TopicStats>;
              readonly name: "GetTopicStats";
              readonly path: "/brook.v1.Admin/GetTopicStats";
              readonly requestType: "GetTopicStatsRequest";
              readonly responseType: "TopicStats";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type UpdatePartitionsCallback = (error: (Error|null), response?: brook.v1.UpdatePartitionsResponse) => void;
            type UpdatePartitions = {
              (request: brook.v1.IUpdatePartitionsRequest, callback: brook.v1.Admin.UpdatePartitionsCallback): void;
              (request: brook.v1.IUpdatePartitionsRequest): Promise<brook.v1.UpdatePartitionsResponse>;
              readonly name: "UpdatePartitions";
              readonly path: "/brook.v1.Admin/UpdatePartitions";
              readonly requestType: "UpdatePartitionsRequest";
              readonly responseType: "UpdatePartitionsResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type ListSubscriptionsCallback = (error: (Error|null), response?: brook.v1.ListSubscriptionsResponse) => void;
            type ListSubscriptions = {
              (request: brook.v1.IListSubscriptionsRequest, callback: brook.v1.Admin.ListSubscriptionsCallback): void;
              (request: brook.v1.IListSubscriptionsRequest): Promise<brook.v1.ListSubscriptionsResponse>;
              readonly name: "ListSubscriptions";
              readonly path: "/brook.v1.Admin/ListSubscriptions";
              readonly requestType: "ListSubscriptionsRequest";
              readonly responseType: "ListSubscriptionsResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type CreateSubscriptionCallback = (error: (Error|null), response?: brook.v1.CursorPosition) => void;
            type CreateSubscription = {
              (request: brook.v1.ICreateSubscriptionRequest, callback: brook.v1.Admin.CreateSubscriptionCallback): void;
              (request: brook.v1.ICreateSubscriptionRequest): Promise<brook.v1.CursorPosition>;
              readonly name: "CreateSubscription";
              readonly path: "/brook.v1.Admin/CreateSubscription";
              readonly requestType: "CreateSubscriptionRequest";
              readonly responseType: "CursorPosition";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type DeleteSubscriptionCallback = (error: (Error|null), response?: brook.v1.DeleteSubscriptionResponse) => void;
            type DeleteSubscription = {
              (request: brook.v1.IDeleteSubscriptionRequest, callback: brook.v1.Admin.DeleteSubscriptionCallback): void;
              (request: brook.v1.IDeleteSubscriptionRequest): Promise<brook.v1.DeleteSubscriptionResponse>;
              readonly name: "DeleteSubscription";
              readonly path: "/brook.v1.Admin/DeleteSubscription";
              readonly requestType: "DeleteSubscriptionRequest";
              readonly responseType: "DeleteSubscriptionResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type ResetCursorCallback = (error: (Error|null), response?: brook.v1.CursorPosition) => void;
            type ResetCursor = {
              (request: brook.v1.IResetCursorRequest, callback: brook.v1.Admin.ResetCursorCallback): void;
              (request: brook.v1.IResetCursorRequest): Promise<brook.v1.CursorPosition>;
              readonly name: "ResetCursor";
              readonly path: "/brook.v1.Admin/ResetCursor";
              readonly requestType: "ResetCursorRequest";
              readonly responseType: "CursorPosition";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type SkipMessagesCallback = (error: (Error|null), response?: brook.v1.CursorPosition) => void;
            type SkipMessages = {
              (request: brook.v1.ISkipMessagesRequest, callback: brook.v1.Admin.SkipMessagesCallback): void;
              (request: brook.v1.ISkipMessagesRequest): Promise<brook.v1.CursorPosition>;
              readonly name: "SkipMessages";
              readonly path: "/brook.v1.Admin/SkipMessages";
              readonly requestType: "SkipMessagesRequest";
              readonly responseType: "CursorPosition";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type ClearBacklogCallback = (error: (Error|null), response?: brook.v1.CursorPosition) => void;
            type ClearBacklog = {
              (request: brook.v1.IClearBacklogRequest, callback: brook.v1.Admin.ClearBacklogCallback): void;
              (request: brook.v1.IClearBacklogRequest): Promise<brook.v1.CursorPosition>;
              readonly name: "ClearBacklog";
              readonly path: "/brook.v1.Admin/ClearBacklog";
              readonly requestType: "ClearBacklogRequest";
              readonly responseType: "CursorPosition";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type CreateTenantCallback = (error: (Error|null), response?: brook.v1.TenantInfo) => void;
            type CreateTenant = {
              (request: brook.v1.ICreateTenantRequest, callback: brook.v1.Admin.CreateTenantCallback): void;
              (request: brook.v1.ICreateTenantRequest): Promise<brook.v1.TenantInfo>;
              readonly name: "CreateTenant";
              readonly path: "/brook.v1.Admin/CreateTenant";
              readonly requestType: "CreateTenantRequest";
              readonly responseType: "TenantInfo";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type DeleteTenantCallback = (error: (Error|null), response?: brook.v1.DeleteTenantResponse) => void;
            type DeleteTenant = {
              (request: brook.v1.IDeleteTenantRequest, callback: brook.v1.Admin.DeleteTenantCallback): void;
              (request: brook.v1.IDeleteTenantRequest): Promise<brook.v1.DeleteTenantResponse>;
              readonly name: "DeleteTenant";
              readonly path: "/brook.v1.Admin/DeleteTenant";
              readonly requestType: "DeleteTenantRequest";
              readonly responseType: "DeleteTenantResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type ListTenantsCallback = (error: (Error|null), response?: brook.v1.ListTenantsResponse) => void;
            type ListTenants = {
              (request: brook.v1.IListTenantsRequest, callback: brook.v1.Admin.ListTenantsCallback): void;
              (request: brook.v1.IListTenantsRequest): Promise<brook.v1.ListTenantsResponse>;
              readonly name: "ListTenants";
              readonly path: "/brook.v1.Admin/ListTenants";
              readonly requestType: "ListTenantsRequest";
              readonly responseType: "ListTenantsResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type GetTenantCallback = (error: (Error|null), response?: brook.v1.TenantInfo) => void;
            type GetTenant = {
              (request: brook.v1.IGetTenantRequest, callback: brook.v1.Admin.GetTenantCallback): void;
              (request: brook.v1.IGetTenantRequest): Promise<brook.v1.TenantInfo>;
              readonly name: "GetTenant";
              readonly path: "/brook.v1.Admin/GetTenant";
              readonly requestType: "GetTenantRequest";
              readonly responseType: "TenantInfo";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type CreateNamespaceCallback = (error: (Error|null), response?: brook.v1.NamespacePolicies) => void;
            type CreateNamespace = {
              (request: brook.v1.ICreateNamespaceRequest, callback: brook.v1.Admin.CreateNamespaceCallback): void;
              (request: brook.v1.ICreateNamespaceRequest): Promise<brook.v1.NamespacePolicies>;
              readonly name: "CreateNamespace";
              readonly path: "/brook.v1.Admin/CreateNamespace";
              readonly requestType: "CreateNamespaceRequest";
              readonly responseType: "NamespacePolicies";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type DeleteNamespaceCallback = (error: (Error|null), response?: brook.v1.DeleteNamespaceResponse) => void;
            type DeleteNamespace = {
              (request: brook.v1.IDeleteNamespaceRequest, callback: brook.v1.Admin.DeleteNamespaceCallback): void;
              (request: brook.v1.IDeleteNamespaceRequest): Promise<brook.v1.DeleteNamespaceResponse>;
              readonly name: "DeleteNamespace";
              readonly path: "/brook.v1.Admin/DeleteNamespace";
              readonly requestType: "DeleteNamespaceRequest";
              readonly responseType: "DeleteNamespaceResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type ListNamespacesCallback = (error: (Error|null), response?: brook.v1.ListNamespacesResponse) => void;
            type ListNamespaces = {
              (request: brook.v1.IListNamespacesRequest, callback: brook.v1.Admin.ListNamespacesCallback): void;
              (request: brook.v1.IListNamespacesRequest): Promise<brook.v1.ListNamespacesResponse>;
              readonly name: "ListNamespaces";
              readonly path: "/brook.v1.Admin/ListNamespaces";
              readonly requestType: "ListNamespacesRequest";
              readonly responseType: "ListNamespacesResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type GetPoliciesCallback = (error: (Error|null), response?: brook.v1.NamespacePolicies) => void;
            type GetPolicies = {
              (request: brook.v1.IGetPoliciesRequest, callback: brook.v1.Admin.GetPoliciesCallback): void;
              (request: brook.v1.IGetPoliciesRequest): Promise<brook.v1.NamespacePolicies>;
              readonly name: "GetPolicies";
              readonly path: "/brook.v1.Admin/GetPolicies";
              readonly requestType: "GetPoliciesRequest";
              readonly responseType: "NamespacePolicies";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type SetPoliciesCallback = (error: (Error|null), response?: brook.v1.NamespacePolicies) => void;
            type SetPolicies = {
              (request: brook.v1.ISetPoliciesRequest, callback: brook.v1.Admin.SetPoliciesCallback): void;
              (request: brook.v1.ISetPoliciesRequest): Promise<brook.v1.NamespacePolicies>;
              readonly name: "SetPolicies";
              readonly path: "/brook.v1.Admin/SetPolicies";
              readonly requestType: "SetPoliciesRequest";
              readonly responseType: "NamespacePolicies";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type RemovePolicyCallback = (error: (Error|null), response?: brook.v1.NamespacePolicies) => void;
            type RemovePolicy = {
              (request: brook.v1.IRemovePolicyRequest, callback: brook.v1.Admin.RemovePolicyCallback): void;
              (request: brook.v1.IRemovePolicyRequest): Promise<brook.v1.NamespacePolicies>;
              readonly name: "RemovePolicy";
              readonly path: "/brook.v1.Admin/RemovePolicy";
              readonly requestType: "RemovePolicyRequest";
              readonly responseType: "NamespacePolicies";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
        }

        interface ILookupRequest extends brook.v1.LookupRequest.$Properties {
        }

        class LookupRequest {
            constructor(p?: brook.v1.LookupRequest.$Properties);
            $unknowns?: Uint8Array[];
            topic: string;
            static create(properties: brook.v1.LookupRequest.$Shape): brook.v1.LookupRequest & brook.v1.LookupRequest.$Shape;
            static create(properties?: brook.v1.LookupRequest.$Properties): brook.v1.LookupRequest;
            static encode(m: brook.v1.LookupRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.LookupRequest & brook.v1.LookupRequest.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.LookupRequest;
            static toObject(m: brook.v1.LookupRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace LookupRequest {
            interface $Properties {
                topic?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.LookupRequest.$Properties;
        }

        interface ILookupResponse extends brook.v1.LookupResponse.$Properties {
        }

        class LookupResponse {
            constructor(p?: brook.v1.LookupResponse.$Properties);
            $unknowns?: Uint8Array[];
            brokerUrl: string;
            static create(properties: brook.v1.LookupResponse.$Shape): brook.v1.LookupResponse & brook.v1.LookupResponse.$Shape;
            static create(properties?: brook.v1.LookupResponse.$Properties): brook.v1.LookupResponse;
            static encode(m: brook.v1.LookupResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.LookupResponse & brook.v1.LookupResponse.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.LookupResponse;
            static toObject(m: brook.v1.LookupResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace LookupResponse {
            interface $Properties {
                brokerUrl?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.LookupResponse.$Properties;
        }

        interface IPublishRequest extends brook.v1.PublishRequest.$Properties {
        }

        class PublishRequest {
            constructor(p?: brook.v1.PublishRequest.$Properties);
            $unknowns?: Uint8Array[];
            open?: (brook.v1.OpenProducer.$Properties|null);
            batches?: (brook.v1.PublishBatches.$Properties|null);
            kind?: ("open"|"batches");
            static create(properties: brook.v1.PublishRequest.$Shape): brook.v1.PublishRequest & brook.v1.PublishRequest.$Shape;
            static create(properties?: brook.v1.PublishRequest.$Properties): brook.v1.PublishRequest;
            static encode(m: brook.v1.PublishRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.PublishRequest & brook.v1.PublishRequest.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.PublishRequest;
            static toObject(m: brook.v1.PublishRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PublishRequest {
            interface $Properties {
                open?: (brook.v1.OpenProducer.$Properties|null);
                batches?: (brook.v1.PublishBatches.$Properties|null);
                kind?: ("open"|"batches");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              open?: brook.v1.OpenProducer.$Shape|null;
              batches?: brook.v1.PublishBatches.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; open?: null; batches?: null }|{ kind?: "open"; open: brook.v1.OpenProducer.$Shape; batches?: null }|{ kind?: "batches"; open?: null; batches: brook.v1.PublishBatches.$Shape })
            );
        }

        interface IOpenProducer extends brook.v1.OpenProducer.$Properties {
        }

        class OpenProducer {
            constructor(p?: brook.v1.OpenProducer.$Properties);
            $unknowns?: Uint8Array[];
            topic: string;
            producerName: string;
            sendTimeoutMs: number;
            static create(properties: brook.v1.OpenProducer.$Shape): brook.v1.OpenProducer & brook.v1.OpenProducer.$Shape;
            static create(properties?: brook.v1.OpenProducer.$Properties): brook.v1.OpenProducer;
            static encode(m: brook.v1.OpenProducer.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.OpenProducer & brook.v1.OpenProducer.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.OpenProducer;
            static toObject(m: brook.v1.OpenProducer, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace OpenProducer {
            interface $Properties {
                topic?: (string|null);
                producerName?: (string|null);
                sendTimeoutMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.OpenProducer.$Properties;
        }

        interface IPublishBatches extends brook.v1.PublishBatches.$Properties {
        }

        class PublishBatches {
            constructor(p?: brook.v1.PublishBatches.$Properties);
            $unknowns?: Uint8Array[];
            batches: brook.v1.PublishBatch.$Properties[];
            static create(properties: brook.v1.PublishBatches.$Shape): brook.v1.PublishBatches & brook.v1.PublishBatches.$Shape;
            static create(properties?: brook.v1.PublishBatches.$Properties): brook.v1.PublishBatches;
            static encode(m: brook.v1.PublishBatches.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.PublishBatches & brook.v1.PublishBatches.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.PublishBatches;
            static toObject(m: brook.v1.PublishBatches, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PublishBatches {
            interface $Properties {
                batches?: (brook.v1.PublishBatch.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.PublishBatches.$Properties;
        }

        interface IPublishBatch extends brook.v1.PublishBatch.$Properties {
        }

        class PublishBatch {
            constructor(p?: brook.v1.PublishBatch.$Properties);
            $unknowns?: Uint8Array[];
            sequenceId: number;
            messageCount: number;
            codec: brook.v1.Codec;
            uncompressedSize: number;
            payloadCrc32c: number;
            payload: Uint8Array;
            key?: (string|null);
            deliverAt: number;
            static create(properties: brook.v1.PublishBatch.$Shape): brook.v1.PublishBatch & brook.v1.PublishBatch.$Shape;
            static create(properties?: brook.v1.PublishBatch.$Properties): brook.v1.PublishBatch;
            static encode(m: brook.v1.PublishBatch.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.PublishBatch & brook.v1.PublishBatch.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.PublishBatch;
            static toObject(m: brook.v1.PublishBatch, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PublishBatch {
            interface $Properties {
                sequenceId?: (number|null);
                messageCount?: (number|null);
                codec?: (brook.v1.Codec|null);
                uncompressedSize?: (number|null);
                payloadCrc32c?: (number|null);
                payload?: (Uint8Array|null);
                key?: (string|null);
                deliverAt?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.PublishBatch.$Properties;
        }

        interface IPublishResponse extends brook.v1.PublishResponse.$Properties {
        }

        class PublishResponse {
            constructor(p?: brook.v1.PublishResponse.$Properties);
            $unknowns?: Uint8Array[];
            opened?: (brook.v1.ProducerOpened.$Properties|null);
            receipts?: (brook.v1.PublishReceipts.$Properties|null);
            kind?: ("opened"|"receipts");
            static create(properties: brook.v1.PublishResponse.$Shape): brook.v1.PublishResponse & brook.v1.PublishResponse.$Shape;
            static create(properties?: brook.v1.PublishResponse.$Properties): brook.v1.PublishResponse;
            static encode(m: brook.v1.PublishResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.PublishResponse & brook.v1.PublishResponse.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.PublishResponse;
            static toObject(m: brook.v1.PublishResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PublishResponse {
            interface $Properties {
                opened?: (brook.v1.ProducerOpened.$Properties|null);
                receipts?: (brook.v1.PublishReceipts.$Properties|null);
                kind?: ("opened"|"receipts");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              opened?: brook.v1.ProducerOpened.$Shape|null;
              receipts?: brook.v1.PublishReceipts.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; opened?: null; receipts?: null }|{ kind?: "opened"; opened: brook.v1.ProducerOpened.$Shape; receipts?: null }|{ kind?: "receipts"; opened?: null; receipts: brook.v1.PublishReceipts.$Shape })
            );
        }

        interface IProducerOpened extends brook.v1.ProducerOpened.$Properties {
        }

        class ProducerOpened {
            constructor(p?: brook.v1.ProducerOpened.$Properties);
            $unknowns?: Uint8Array[];
            topic: string;
            producerName: string;
            lastSequenceId: number;
            maxMessageSize: number;
            static create(properties: brook.v1.ProducerOpened.$Shape): brook.v1.ProducerOpened & brook.v1.ProducerOpened.$Shape;
            static create(properties?: brook.v1.ProducerOpened.$Properties): brook.v1.ProducerOpened;
            static encode(m: brook.v1.ProducerOpened.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.ProducerOpened & brook.v1.ProducerOpened.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.ProducerOpened;
            static toObject(m: brook.v1.ProducerOpened, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProducerOpened {
            interface $Properties {
                topic?: (string|null);
                producerName?: (string|null);
                lastSequenceId?: (number|null);
                maxMessageSize?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.ProducerOpened.$Properties;
        }

        interface IPublishReceipts extends brook.v1.PublishReceipts.$Properties {
        }

        class PublishReceipts {
            constructor(p?: brook.v1.PublishReceipts.$Properties);
            $unknowns?: Uint8Array[];
            receipts: brook.v1.PublishReceipt.$Properties[];
            static create(properties: brook.v1.PublishReceipts.$Shape): brook.v1.PublishReceipts & brook.v1.PublishReceipts.$Shape;
            static create(properties?: brook.v1.PublishReceipts.$Properties): brook.v1.PublishReceipts;
            static encode(m: brook.v1.PublishReceipts.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.PublishReceipts & brook.v1.PublishReceipts.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.PublishReceipts;
            static toObject(m: brook.v1.PublishReceipts, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PublishReceipts {
            interface $Properties {
                receipts?: (brook.v1.PublishReceipt.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.PublishReceipts.$Properties;
        }

        interface IPublishReceipt extends brook.v1.PublishReceipt.$Properties {
        }

        class PublishReceipt {
            constructor(p?: brook.v1.PublishReceipt.$Properties);
            $unknowns?: Uint8Array[];
            sequenceId: number;
            ledgerId: number;
            entryId: number;
            baseOffset: number;
            partition: number;
            errorCode: string;
            errorMessage: string;
            duplicate: boolean;
            static create(properties: brook.v1.PublishReceipt.$Shape): brook.v1.PublishReceipt & brook.v1.PublishReceipt.$Shape;
            static create(properties?: brook.v1.PublishReceipt.$Properties): brook.v1.PublishReceipt;
            static encode(m: brook.v1.PublishReceipt.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.PublishReceipt & brook.v1.PublishReceipt.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.PublishReceipt;
            static toObject(m: brook.v1.PublishReceipt, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PublishReceipt {
            interface $Properties {
                sequenceId?: (number|null);
                ledgerId?: (number|null);
                entryId?: (number|null);
                baseOffset?: (number|null);
                partition?: (number|null);
                errorCode?: (string|null);
                errorMessage?: (string|null);
                duplicate?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.PublishReceipt.$Properties;
        }

        enum SubscriptionType {
            SUBSCRIPTION_TYPE_EXCLUSIVE = 0,
            SUBSCRIPTION_TYPE_SHARED = 1,
            SUBSCRIPTION_TYPE_FAILOVER = 2,
            SUBSCRIPTION_TYPE_KEY_SHARED = 3
        }

        enum InitialPosition {
            INITIAL_POSITION_LATEST = 0,
            INITIAL_POSITION_EARLIEST = 1
        }

        interface IConsumeRequest extends brook.v1.ConsumeRequest.$Properties {
        }

        class ConsumeRequest {
            constructor(p?: brook.v1.ConsumeRequest.$Properties);
            $unknowns?: Uint8Array[];
            subscribe?: (brook.v1.Subscribe.$Properties|null);
            flow?: (brook.v1.Flow.$Properties|null);
            ack?: (brook.v1.AckMessages.$Properties|null);
            redeliver?: (brook.v1.Redeliver.$Properties|null);
            seek?: (brook.v1.Seek.$Properties|null);
            kind?: ("subscribe"|"flow"|"ack"|"redeliver"|"seek");
            static create(properties: brook.v1.ConsumeRequest.$Shape): brook.v1.ConsumeRequest & brook.v1.ConsumeRequest.$Shape;
            static create(properties?: brook.v1.ConsumeRequest.$Properties): brook.v1.ConsumeRequest;
            static encode(m: brook.v1.ConsumeRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.ConsumeRequest & brook.v1.ConsumeRequest.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.ConsumeRequest;
            static toObject(m: brook.v1.ConsumeRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConsumeRequest {
            interface $Properties {
                subscribe?: (brook.v1.Subscribe.$Properties|null);
                flow?: (brook.v1.Flow.$Properties|null);
                ack?: (brook.v1.AckMessages.$Properties|null);
                redeliver?: (brook.v1.Redeliver.$Properties|null);
                seek?: (brook.v1.Seek.$Properties|null);
                kind?: ("subscribe"|"flow"|"ack"|"redeliver"|"seek");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              subscribe?: brook.v1.Subscribe.$Shape|null;
              flow?: brook.v1.Flow.$Shape|null;
              ack?: brook.v1.AckMessages.$Shape|null;
              redeliver?: brook.v1.Redeliver.$Shape|null;
              seek?: brook.v1.Seek.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; subscribe?: null; flow?: null; ack?: null; redeliver?: null; seek?: null }|{ kind?: "subscribe"; subscribe: brook.v1.Subscribe.$Shape; flow?: null; ack?: null; redeliver?: null; seek?: null }|{ kind?: "flow"; subscribe?: null; flow: brook.v1.Flow.$Shape; ack?: null; redeliver?: null; seek?: null }|{ kind?: "ack"; subscribe?: null; flow?: null; ack: brook.v1.AckMessages.$Shape; redeliver?: null; seek?: null }|{ kind?: "redeliver"; subscribe?: null; flow?: null; ack?: null; redeliver: brook.v1.Redeliver.$Shape; seek?: null }|{ kind?: "seek"; subscribe?: null; flow?: null; ack?: null; redeliver?: null; seek: brook.v1.Seek.$Shape })
            );
        }

        interface ISubscribe extends brook.v1.Subscribe.$Properties {
        }

        class Subscribe {
            constructor(p?: brook.v1.Subscribe.$Properties);
            $unknowns?: Uint8Array[];
            topic: string;
            subscription: string;
            type: brook.v1.SubscriptionType;
            initialPosition: brook.v1.InitialPosition;
            consumerName: string;
            priorityLevel: number;
            nonDurable: boolean;
            startMessageId?: (brook.v1.MessageIdData.$Properties|null);
            startInclusive: boolean;
            static create(properties: brook.v1.Subscribe.$Shape): brook.v1.Subscribe & brook.v1.Subscribe.$Shape;
            static create(properties?: brook.v1.Subscribe.$Properties): brook.v1.Subscribe;
            static encode(m: brook.v1.Subscribe.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.Subscribe & brook.v1.Subscribe.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.Subscribe;
            static toObject(m: brook.v1.Subscribe, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Subscribe {
            interface $Properties {
                topic?: (string|null);
                subscription?: (string|null);
                type?: (brook.v1.SubscriptionType|null);
                initialPosition?: (brook.v1.InitialPosition|null);
                consumerName?: (string|null);
                priorityLevel?: (number|null);
                nonDurable?: (boolean|null);
                startMessageId?: (brook.v1.MessageIdData.$Properties|null);
                startInclusive?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.Subscribe.$Properties;
        }

        interface IFlow extends brook.v1.Flow.$Properties {
        }

        class Flow {
            constructor(p?: brook.v1.Flow.$Properties);
            $unknowns?: Uint8Array[];
            permits: number;
            static create(properties: brook.v1.Flow.$Shape): brook.v1.Flow & brook.v1.Flow.$Shape;
            static create(properties?: brook.v1.Flow.$Properties): brook.v1.Flow;
            static encode(m: brook.v1.Flow.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.Flow & brook.v1.Flow.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.Flow;
            static toObject(m: brook.v1.Flow, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Flow {
            interface $Properties {
                permits?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.Flow.$Properties;
        }

        interface IAckMessages extends brook.v1.AckMessages.$Properties {
        }

        class AckMessages {
            constructor(p?: brook.v1.AckMessages.$Properties);
            $unknowns?: Uint8Array[];
            ids: brook.v1.MessageIdData.$Properties[];
            cumulative: boolean;
            ranges: brook.v1.AckRange.$Properties[];
            static create(properties: brook.v1.AckMessages.$Shape): brook.v1.AckMessages & brook.v1.AckMessages.$Shape;
            static create(properties?: brook.v1.AckMessages.$Properties): brook.v1.AckMessages;
            static encode(m: brook.v1.AckMessages.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.AckMessages & brook.v1.AckMessages.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.AckMessages;
            static toObject(m: brook.v1.AckMessages, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AckMessages {
            interface $Properties {
                ids?: (brook.v1.MessageIdData.$Properties[]|null);
                cumulative?: (boolean|null);
                ranges?: (brook.v1.AckRange.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.AckMessages.$Properties;
        }

        interface IAckRange extends brook.v1.AckRange.$Properties {
        }

        class AckRange {
            constructor(p?: brook.v1.AckRange.$Properties);
            $unknowns?: Uint8Array[];
            baseOffset: number;
            from: number;
            to: number;
            static create(properties: brook.v1.AckRange.$Shape): brook.v1.AckRange & brook.v1.AckRange.$Shape;
            static create(properties?: brook.v1.AckRange.$Properties): brook.v1.AckRange;
            static encode(m: brook.v1.AckRange.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.AckRange & brook.v1.AckRange.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.AckRange;
            static toObject(m: brook.v1.AckRange, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AckRange {
            interface $Properties {
                baseOffset?: (number|null);
                from?: (number|null);
                to?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.AckRange.$Properties;
        }

        interface IRedeliver extends brook.v1.Redeliver.$Properties {
        }

        class Redeliver {
            constructor(p?: brook.v1.Redeliver.$Properties);
            $unknowns?: Uint8Array[];
            ids: brook.v1.MessageIdData.$Properties[];
            static create(properties: brook.v1.Redeliver.$Shape): brook.v1.Redeliver & brook.v1.Redeliver.$Shape;
            static create(properties?: brook.v1.Redeliver.$Properties): brook.v1.Redeliver;
            static encode(m: brook.v1.Redeliver.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.Redeliver & brook.v1.Redeliver.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.Redeliver;
            static toObject(m: brook.v1.Redeliver, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Redeliver {
            interface $Properties {
                ids?: (brook.v1.MessageIdData.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.Redeliver.$Properties;
        }

        interface ISeek extends brook.v1.Seek.$Properties {
        }

        class Seek {
            constructor(p?: brook.v1.Seek.$Properties);
            $unknowns?: Uint8Array[];
            messageId?: (brook.v1.MessageIdData.$Properties|null);
            publishTime?: (number|null);
            offset?: (number|null);
            target?: ("messageId"|"publishTime"|"offset");
            static create(properties: brook.v1.Seek.$Shape): brook.v1.Seek & brook.v1.Seek.$Shape;
            static create(properties?: brook.v1.Seek.$Properties): brook.v1.Seek;
            static encode(m: brook.v1.Seek.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.Seek & brook.v1.Seek.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.Seek;
            static toObject(m: brook.v1.Seek, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Seek {
            interface $Properties {
                messageId?: (brook.v1.MessageIdData.$Properties|null);
                publishTime?: (number|null);
                offset?: (number|null);
                target?: ("messageId"|"publishTime"|"offset");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              messageId?: brook.v1.MessageIdData.$Shape|null;
              publishTime?: number|null;
              offset?: number|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ target?: undefined; messageId?: null; publishTime?: null; offset?: null }|{ target?: "messageId"; messageId: brook.v1.MessageIdData.$Shape; publishTime?: null; offset?: null }|{ target?: "publishTime"; messageId?: null; publishTime: number; offset?: null }|{ target?: "offset"; messageId?: null; publishTime?: null; offset: number })
            );
        }

        interface IConsumeResponse extends brook.v1.ConsumeResponse.$Properties {
        }

        class ConsumeResponse {
            constructor(p?: brook.v1.ConsumeResponse.$Properties);
            $unknowns?: Uint8Array[];
            subscribed?: (brook.v1.Subscribed.$Properties|null);
            deliveries?: (brook.v1.Deliveries.$Properties|null);
            seekCompleted?: (brook.v1.SeekCompleted.$Properties|null);
            activeChange?: (brook.v1.ActiveConsumerChange.$Properties|null);
            kind?: ("subscribed"|"deliveries"|"seekCompleted"|"activeChange");
            static create(properties: brook.v1.ConsumeResponse.$Shape): brook.v1.ConsumeResponse & brook.v1.ConsumeResponse.$Shape;
            static create(properties?: brook.v1.ConsumeResponse.$Properties): brook.v1.ConsumeResponse;
            static encode(m: brook.v1.ConsumeResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.ConsumeResponse & brook.v1.ConsumeResponse.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.ConsumeResponse;
            static toObject(m: brook.v1.ConsumeResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConsumeResponse {
            interface $Properties {
                subscribed?: (brook.v1.Subscribed.$Properties|null);
                deliveries?: (brook.v1.Deliveries.$Properties|null);
                seekCompleted?: (brook.v1.SeekCompleted.$Properties|null);
                activeChange?: (brook.v1.ActiveConsumerChange.$Properties|null);
                kind?: ("subscribed"|"deliveries"|"seekCompleted"|"activeChange");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              subscribed?: brook.v1.Subscribed.$Shape|null;
              deliveries?: brook.v1.Deliveries.$Shape|null;
              seekCompleted?: brook.v1.SeekCompleted.$Shape|null;
              activeChange?: brook.v1.ActiveConsumerChange.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; subscribed?: null; deliveries?: null; seekCompleted?: null; activeChange?: null }|{ kind?: "subscribed"; subscribed: brook.v1.Subscribed.$Shape; deliveries?: null; seekCompleted?: null; activeChange?: null }|{ kind?: "deliveries"; subscribed?: null; deliveries: brook.v1.Deliveries.$Shape; seekCompleted?: null; activeChange?: null }|{ kind?: "seekCompleted"; subscribed?: null; deliveries?: null; seekCompleted: brook.v1.SeekCompleted.$Shape; activeChange?: null }|{ kind?: "activeChange"; subscribed?: null; deliveries?: null; seekCompleted?: null; activeChange: brook.v1.ActiveConsumerChange.$Shape })
            );
        }

        interface ISeekCompleted extends brook.v1.SeekCompleted.$Properties {
        }

        class SeekCompleted {
            constructor(p?: brook.v1.SeekCompleted.$Properties);
            $unknowns?: Uint8Array[];
            offset: number;
            static create(properties: brook.v1.SeekCompleted.$Shape): brook.v1.SeekCompleted & brook.v1.SeekCompleted.$Shape;
            static create(properties?: brook.v1.SeekCompleted.$Properties): brook.v1.SeekCompleted;
            static encode(m: brook.v1.SeekCompleted.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.SeekCompleted & brook.v1.SeekCompleted.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.SeekCompleted;
            static toObject(m: brook.v1.SeekCompleted, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SeekCompleted {
            interface $Properties {
                offset?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.SeekCompleted.$Properties;
        }

        interface IActiveConsumerChange extends brook.v1.ActiveConsumerChange.$Properties {
        }

        class ActiveConsumerChange {
            constructor(p?: brook.v1.ActiveConsumerChange.$Properties);
            $unknowns?: Uint8Array[];
            active: boolean;
            static create(properties: brook.v1.ActiveConsumerChange.$Shape): brook.v1.ActiveConsumerChange & brook.v1.ActiveConsumerChange.$Shape;
            static create(properties?: brook.v1.ActiveConsumerChange.$Properties): brook.v1.ActiveConsumerChange;
            static encode(m: brook.v1.ActiveConsumerChange.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.ActiveConsumerChange & brook.v1.ActiveConsumerChange.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.ActiveConsumerChange;
            static toObject(m: brook.v1.ActiveConsumerChange, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ActiveConsumerChange {
            interface $Properties {
                active?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.ActiveConsumerChange.$Properties;
        }

        interface ISubscribed extends brook.v1.Subscribed.$Properties {
        }

        class Subscribed {
            constructor(p?: brook.v1.Subscribed.$Properties);
            $unknowns?: Uint8Array[];
            topic: string;
            consumerName: string;
            partition: number;
            resetGeneration: number;
            ackRanges: boolean;
            static create(properties: brook.v1.Subscribed.$Shape): brook.v1.Subscribed & brook.v1.Subscribed.$Shape;
            static create(properties?: brook.v1.Subscribed.$Properties): brook.v1.Subscribed;
            static encode(m: brook.v1.Subscribed.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.Subscribed & brook.v1.Subscribed.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.Subscribed;
            static toObject(m: brook.v1.Subscribed, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Subscribed {
            interface $Properties {
                topic?: (string|null);
                consumerName?: (string|null);
                partition?: (number|null);
                resetGeneration?: (number|null);
                ackRanges?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.Subscribed.$Properties;
        }

        interface IDeliveries extends brook.v1.Deliveries.$Properties {
        }

        class Deliveries {
            constructor(p?: brook.v1.Deliveries.$Properties);
            $unknowns?: Uint8Array[];
            entries: brook.v1.DeliveredEntry.$Properties[];
            static create(properties: brook.v1.Deliveries.$Shape): brook.v1.Deliveries & brook.v1.Deliveries.$Shape;
            static create(properties?: brook.v1.Deliveries.$Properties): brook.v1.Deliveries;
            static encode(m: brook.v1.Deliveries.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.Deliveries & brook.v1.Deliveries.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.Deliveries;
            static toObject(m: brook.v1.Deliveries, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Deliveries {
            interface $Properties {
                entries?: (brook.v1.DeliveredEntry.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.Deliveries.$Properties;
        }

        interface IDeliveredEntry extends brook.v1.DeliveredEntry.$Properties {
        }

        class DeliveredEntry {
            constructor(p?: brook.v1.DeliveredEntry.$Properties);
            $unknowns?: Uint8Array[];
            ledgerId: number;
            entryId: number;
            baseOffset: number;
            messageCount: number;
            publishTime: number;
            producerName: string;
            sequenceId: number;
            codec: brook.v1.Codec;
            uncompressedSize: number;
            payloadCrc32c: number;
            payload: Uint8Array;
            redeliveryCount: number;
            ackedIndexes: number[];
            static create(properties: brook.v1.DeliveredEntry.$Shape): brook.v1.DeliveredEntry & brook.v1.DeliveredEntry.$Shape;
            static create(properties?: brook.v1.DeliveredEntry.$Properties): brook.v1.DeliveredEntry;
            static encode(m: brook.v1.DeliveredEntry.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.DeliveredEntry & brook.v1.DeliveredEntry.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.DeliveredEntry;
            static toObject(m: brook.v1.DeliveredEntry, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeliveredEntry {
            interface $Properties {
                ledgerId?: (number|null);
                entryId?: (number|null);
                baseOffset?: (number|null);
                messageCount?: (number|null);
                publishTime?: (number|null);
                producerName?: (string|null);
                sequenceId?: (number|null);
                codec?: (brook.v1.Codec|null);
                uncompressedSize?: (number|null);
                payloadCrc32c?: (number|null);
                payload?: (Uint8Array|null);
                redeliveryCount?: (number|null);
                ackedIndexes?: (number[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.DeliveredEntry.$Properties;
        }

        interface ICreateTopicRequest extends brook.v1.CreateTopicRequest.$Properties {
        }

        class CreateTopicRequest {
            constructor(p?: brook.v1.CreateTopicRequest.$Properties);
            $unknowns?: Uint8Array[];
            topic: string;
            partitions: number;
            static create(properties: brook.v1.CreateTopicRequest.$Shape): brook.v1.CreateTopicRequest & brook.v1.CreateTopicRequest.$Shape;
            static create(properties?: brook.v1.CreateTopicRequest.$Properties): brook.v1.CreateTopicRequest;
            static encode(m: brook.v1.CreateTopicRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.CreateTopicRequest & brook.v1.CreateTopicRequest.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.CreateTopicRequest;
            static toObject(m: brook.v1.CreateTopicRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CreateTopicRequest {
            interface $Properties {
                topic?: (string|null);
                partitions?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.CreateTopicRequest.$Properties;
        }

        interface ICreateTopicResponse extends brook.v1.CreateTopicResponse.$Properties {
        }

        class CreateTopicResponse {
            constructor(p?: brook.v1.CreateTopicResponse.$Properties);
            $unknowns?: Uint8Array[];
            topic: string;
            partitions: number;
            static create(properties: brook.v1.CreateTopicResponse.$Shape): brook.v1.CreateTopicResponse & brook.v1.CreateTopicResponse.$Shape;
            static create(properties?: brook.v1.CreateTopicResponse.$Properties): brook.v1.CreateTopicResponse;
            static encode(m: brook.v1.CreateTopicResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.CreateTopicResponse & brook.v1.CreateTopicResponse.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.CreateTopicResponse;
            static toObject(m: brook.v1.CreateTopicResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CreateTopicResponse {
            interface $Properties {
                topic?: (string|null);
                partitions?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.CreateTopicResponse.$Properties;
        }

        interface IDeleteTopicRequest extends brook.v1.DeleteTopicRequest.$Properties {
        }

        class DeleteTopicRequest {
            constructor(p?: brook.v1.DeleteTopicRequest.$Properties);
            $unknowns?: Uint8Array[];
            topic: string;
            force: boolean;
            static create(properties: brook.v1.DeleteTopicRequest.$Shape): brook.v1.DeleteTopicRequest & brook.v1.DeleteTopicRequest.$Shape;
            static create(properties?: brook.v1.DeleteTopicRequest.$Properties): brook.v1.DeleteTopicRequest;
            static encode(m: brook.v1.DeleteTopicRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.DeleteTopicRequest & brook.v1.DeleteTopicRequest.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.DeleteTopicRequest;
            static toObject(m: brook.v1.DeleteTopicRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeleteTopicRequest {
            interface $Properties {
                topic?: (string|null);
                force?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.DeleteTopicRequest.$Properties;
        }

        interface IDeleteTopicResponse extends brook.v1.DeleteTopicResponse.$Properties {
        }

        class DeleteTopicResponse {
            constructor(p?: brook.v1.DeleteTopicResponse.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: brook.v1.DeleteTopicResponse.$Shape): brook.v1.DeleteTopicResponse & brook.v1.DeleteTopicResponse.$Shape;
            static create(properties?: brook.v1.DeleteTopicResponse.$Properties): brook.v1.DeleteTopicResponse;
            static encode(m: brook.v1.DeleteTopicResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.DeleteTopicResponse & brook.v1.DeleteTopicResponse.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.DeleteTopicResponse;
            static toObject(m: brook.v1.DeleteTopicResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeleteTopicResponse {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.DeleteTopicResponse.$Properties;
        }

        interface IListTopicsRequest extends brook.v1.ListTopicsRequest.$Properties {
        }

        class ListTopicsRequest {
            constructor(p?: brook.v1.ListTopicsRequest.$Properties);
            $unknowns?: Uint8Array[];
            namespace: string;
            static create(properties: brook.v1.ListTopicsRequest.$Shape): brook.v1.ListTopicsRequest & brook.v1.ListTopicsRequest.$Shape;
            static create(properties?: brook.v1.ListTopicsRequest.$Properties): brook.v1.ListTopicsRequest;
            static encode(m: brook.v1.ListTopicsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.ListTopicsRequest & brook.v1.ListTopicsRequest.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.ListTopicsRequest;
            static toObject(m: brook.v1.ListTopicsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListTopicsRequest {
            interface $Properties {
                namespace?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.ListTopicsRequest.$Properties;
        }

        interface IListTopicsResponse extends brook.v1.ListTopicsResponse.$Properties {
        }

        class ListTopicsResponse {
            constructor(p?: brook.v1.ListTopicsResponse.$Properties);
            $unknowns?: Uint8Array[];
            topics: brook.v1.TopicListing.$Properties[];
            static create(properties: brook.v1.ListTopicsResponse.$Shape): brook.v1.ListTopicsResponse & brook.v1.ListTopicsResponse.$Shape;
            static create(properties?: brook.v1.ListTopicsResponse.$Properties): brook.v1.ListTopicsResponse;
            static encode(m: brook.v1.ListTopicsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.ListTopicsResponse & brook.v1.ListTopicsResponse.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.ListTopicsResponse;
            static toObject(m: brook.v1.ListTopicsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListTopicsResponse {
            interface $Properties {
                topics?: (brook.v1.TopicListing.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.ListTopicsResponse.$Properties;
        }

        interface ITopicListing extends brook.v1.TopicListing.$Properties {
        }

        class TopicListing {
            constructor(p?: brook.v1.TopicListing.$Properties);
            $unknowns?: Uint8Array[];
            topic: string;
            partitions: number;
            static create(properties: brook.v1.TopicListing.$Shape): brook.v1.TopicListing & brook.v1.TopicListing.$Shape;
            static create(properties?: brook.v1.TopicListing.$Properties): brook.v1.TopicListing;
            static encode(m: brook.v1.TopicListing.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.TopicListing & brook.v1.TopicListing.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.TopicListing;
            static toObject(m: brook.v1.TopicListing, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TopicListing {
            interface $Properties {
                topic?: (string|null);
                partitions?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.TopicListing.$Properties;
        }

        interface IGetTopicStatsRequest extends brook.v1.GetTopicStatsRequest.$Properties {
        }

        class GetTopicStatsRequest {
            constructor(p?: brook.v1.GetTopicStatsRequest.$Properties);
            $unknowns?: Uint8Array[];
            topic: string;
            static create(properties: brook.v1.GetTopicStatsRequest.$Shape): brook.v1.GetTopicStatsRequest & brook.v1.GetTopicStatsRequest.$Shape;
            static create(properties?: brook.v1.GetTopicStatsRequest.$Properties): brook.v1.GetTopicStatsRequest;
            static encode(m: brook.v1.GetTopicStatsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.GetTopicStatsRequest & brook.v1.GetTopicStatsRequest.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.GetTopicStatsRequest;
            static toObject(m: brook.v1.GetTopicStatsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetTopicStatsRequest {
            interface $Properties {
                topic?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.GetTopicStatsRequest.$Properties;
        }

        interface ITopicStats extends brook.v1.TopicStats.$Properties {
        }

        class TopicStats {
            constructor(p?: brook.v1.TopicStats.$Properties);
            $unknowns?: Uint8Array[];
            topic: string;
            partitions: number;
            messageCount: number;
            storageSize: number;
            ledgerCount: number;
            producerCount: number;
            subscriptions: brook.v1.SubscriptionStats.$Properties[];
            static create(properties: brook.v1.TopicStats.$Shape): brook.v1.TopicStats & brook.v1.TopicStats.$Shape;
            static create(properties?: brook.v1.TopicStats.$Properties): brook.v1.TopicStats;
            static encode(m: brook.v1.TopicStats.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.TopicStats & brook.v1.TopicStats.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.TopicStats;
            static toObject(m: brook.v1.TopicStats, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TopicStats {
            interface $Properties {
                topic?: (string|null);
                partitions?: (number|null);
                messageCount?: (number|null);
                storageSize?: (number|null);
                ledgerCount?: (number|null);
                producerCount?: (number|null);
                subscriptions?: (brook.v1.SubscriptionStats.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.TopicStats.$Properties;
        }

        interface ISubscriptionStats extends brook.v1.SubscriptionStats.$Properties {
        }

        class SubscriptionStats {
            constructor(p?: brook.v1.SubscriptionStats.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            type: brook.v1.SubscriptionType;
            backlog: number;
            consumerCount: number;
            unackedCount: number;
            markDeleteOffset: number;
            static create(properties: brook.v1.SubscriptionStats.$Shape): brook.v1.SubscriptionStats & brook.v1.SubscriptionStats.$Shape;
            static create(properties?: brook.v1.SubscriptionStats.$Properties): brook.v1.SubscriptionStats;
            static encode(m: brook.v1.SubscriptionStats.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.SubscriptionStats & brook.v1.SubscriptionStats.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.SubscriptionStats;
            static toObject(m: brook.v1.SubscriptionStats, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SubscriptionStats {
            interface $Properties {
                name?: (string|null);
                type?: (brook.v1.SubscriptionType|null);
                backlog?: (number|null);
                consumerCount?: (number|null);
                unackedCount?: (number|null);
                markDeleteOffset?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.SubscriptionStats.$Properties;
        }

        interface IPartitionedMetadataRequest extends brook.v1.PartitionedMetadataRequest.$Properties {
        }

        class PartitionedMetadataRequest {
            constructor(p?: brook.v1.PartitionedMetadataRequest.$Properties);
            $unknowns?: Uint8Array[];
            topic: string;
            static create(properties: brook.v1.PartitionedMetadataRequest.$Shape): brook.v1.PartitionedMetadataRequest & brook.v1.PartitionedMetadataRequest.$Shape;
            static create(properties?: brook.v1.PartitionedMetadataRequest.$Properties): brook.v1.PartitionedMetadataRequest;
            static encode(m: brook.v1.PartitionedMetadataRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.PartitionedMetadataRequest & brook.v1.PartitionedMetadataRequest.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.PartitionedMetadataRequest;
            static toObject(m: brook.v1.PartitionedMetadataRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PartitionedMetadataRequest {
            interface $Properties {
                topic?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.PartitionedMetadataRequest.$Properties;
        }

        interface IPartitionedMetadataResponse extends brook.v1.PartitionedMetadataResponse.$Properties {
        }

        class PartitionedMetadataResponse {
            constructor(p?: brook.v1.PartitionedMetadataResponse.$Properties);
            $unknowns?: Uint8Array[];
            partitions: number;
            static create(properties: brook.v1.PartitionedMetadataResponse.$Shape): brook.v1.PartitionedMetadataResponse & brook.v1.PartitionedMetadataResponse.$Shape;
            static create(properties?: brook.v1.PartitionedMetadataResponse.$Properties): brook.v1.PartitionedMetadataResponse;
            static encode(m: brook.v1.PartitionedMetadataResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.PartitionedMetadataResponse & brook.v1.PartitionedMetadataResponse.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.PartitionedMetadataResponse;
            static toObject(m: brook.v1.PartitionedMetadataResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PartitionedMetadataResponse {
            interface $Properties {
                partitions?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.PartitionedMetadataResponse.$Properties;
        }

        interface IUpdatePartitionsRequest extends brook.v1.UpdatePartitionsRequest.$Properties {
        }

        class UpdatePartitionsRequest {
            constructor(p?: brook.v1.UpdatePartitionsRequest.$Properties);
            $unknowns?: Uint8Array[];
            topic: string;
            partitions: number;
            static create(properties: brook.v1.UpdatePartitionsRequest.$Shape): brook.v1.UpdatePartitionsRequest & brook.v1.UpdatePartitionsRequest.$Shape;
            static create(properties?: brook.v1.UpdatePartitionsRequest.$Properties): brook.v1.UpdatePartitionsRequest;
            static encode(m: brook.v1.UpdatePartitionsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.UpdatePartitionsRequest & brook.v1.UpdatePartitionsRequest.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.UpdatePartitionsRequest;
            static toObject(m: brook.v1.UpdatePartitionsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace UpdatePartitionsRequest {
            interface $Properties {
                topic?: (string|null);
                partitions?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.UpdatePartitionsRequest.$Properties;
        }

        interface IUpdatePartitionsResponse extends brook.v1.UpdatePartitionsResponse.$Properties {
        }

        class UpdatePartitionsResponse {
            constructor(p?: brook.v1.UpdatePartitionsResponse.$Properties);
            $unknowns?: Uint8Array[];
            topic: string;
            partitions: number;
            static create(properties: brook.v1.UpdatePartitionsResponse.$Shape): brook.v1.UpdatePartitionsResponse & brook.v1.UpdatePartitionsResponse.$Shape;
            static create(properties?: brook.v1.UpdatePartitionsResponse.$Properties): brook.v1.UpdatePartitionsResponse;
            static encode(m: brook.v1.UpdatePartitionsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.UpdatePartitionsResponse & brook.v1.UpdatePartitionsResponse.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.UpdatePartitionsResponse;
            static toObject(m: brook.v1.UpdatePartitionsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace UpdatePartitionsResponse {
            interface $Properties {
                topic?: (string|null);
                partitions?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.UpdatePartitionsResponse.$Properties;
        }

        interface ITenantInfo extends brook.v1.TenantInfo.$Properties {
        }

        class TenantInfo {
            constructor(p?: brook.v1.TenantInfo.$Properties);
            $unknowns?: Uint8Array[];
            tenant: string;
            adminRoles: string[];
            createdAt: number;
            static create(properties: brook.v1.TenantInfo.$Shape): brook.v1.TenantInfo & brook.v1.TenantInfo.$Shape;
            static create(properties?: brook.v1.TenantInfo.$Properties): brook.v1.TenantInfo;
            static encode(m: brook.v1.TenantInfo.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.TenantInfo & brook.v1.TenantInfo.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.TenantInfo;
            static toObject(m: brook.v1.TenantInfo, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TenantInfo {
            interface $Properties {
                tenant?: (string|null);
                adminRoles?: (string[]|null);
                createdAt?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.TenantInfo.$Properties;
        }

        interface ICreateTenantRequest extends brook.v1.CreateTenantRequest.$Properties {
        }

        class CreateTenantRequest {
            constructor(p?: brook.v1.CreateTenantRequest.$Properties);
            $unknowns?: Uint8Array[];
            tenant: string;
            adminRoles: string[];
            static create(properties: brook.v1.CreateTenantRequest.$Shape): brook.v1.CreateTenantRequest & brook.v1.CreateTenantRequest.$Shape;
            static create(properties?: brook.v1.CreateTenantRequest.$Properties): brook.v1.CreateTenantRequest;
            static encode(m: brook.v1.CreateTenantRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.CreateTenantRequest & brook.v1.CreateTenantRequest.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.CreateTenantRequest;
            static toObject(m: brook.v1.CreateTenantRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CreateTenantRequest {
            interface $Properties {
                tenant?: (string|null);
                adminRoles?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.CreateTenantRequest.$Properties;
        }

        interface IDeleteTenantRequest extends brook.v1.DeleteTenantRequest.$Properties {
        }

        class DeleteTenantRequest {
            constructor(p?: brook.v1.DeleteTenantRequest.$Properties);
            $unknowns?: Uint8Array[];
            tenant: string;
            static create(properties: brook.v1.DeleteTenantRequest.$Shape): brook.v1.DeleteTenantRequest & brook.v1.DeleteTenantRequest.$Shape;
            static create(properties?: brook.v1.DeleteTenantRequest.$Properties): brook.v1.DeleteTenantRequest;
            static encode(m: brook.v1.DeleteTenantRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.DeleteTenantRequest & brook.v1.DeleteTenantRequest.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.DeleteTenantRequest;
            static toObject(m: brook.v1.DeleteTenantRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeleteTenantRequest {
            interface $Properties {
                tenant?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.DeleteTenantRequest.$Properties;
        }

        interface IDeleteTenantResponse extends brook.v1.DeleteTenantResponse.$Properties {
        }

        class DeleteTenantResponse {
            constructor(p?: brook.v1.DeleteTenantResponse.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: brook.v1.DeleteTenantResponse.$Shape): brook.v1.DeleteTenantResponse & brook.v1.DeleteTenantResponse.$Shape;
            static create(properties?: brook.v1.DeleteTenantResponse.$Properties): brook.v1.DeleteTenantResponse;
            static encode(m: brook.v1.DeleteTenantResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.DeleteTenantResponse & brook.v1.DeleteTenantResponse.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.DeleteTenantResponse;
            static toObject(m: brook.v1.DeleteTenantResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeleteTenantResponse {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.DeleteTenantResponse.$Properties;
        }

        interface IListTenantsRequest extends brook.v1.ListTenantsRequest.$Properties {
        }

        class ListTenantsRequest {
            constructor(p?: brook.v1.ListTenantsRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: brook.v1.ListTenantsRequest.$Shape): brook.v1.ListTenantsRequest & brook.v1.ListTenantsRequest.$Shape;
            static create(properties?: brook.v1.ListTenantsRequest.$Properties): brook.v1.ListTenantsRequest;
            static encode(m: brook.v1.ListTenantsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.ListTenantsRequest & brook.v1.ListTenantsRequest.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.ListTenantsRequest;
            static toObject(m: brook.v1.ListTenantsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListTenantsRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.ListTenantsRequest.$Properties;
        }

        interface IListTenantsResponse extends brook.v1.ListTenantsResponse.$Properties {
        }

        class ListTenantsResponse {
            constructor(p?: brook.v1.ListTenantsResponse.$Properties);
            $unknowns?: Uint8Array[];
            tenants: string[];
            static create(properties: brook.v1.ListTenantsResponse.$Shape): brook.v1.ListTenantsResponse & brook.v1.ListTenantsResponse.$Shape;
            static create(properties?: brook.v1.ListTenantsResponse.$Properties): brook.v1.ListTenantsResponse;
            static encode(m: brook.v1.ListTenantsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.ListTenantsResponse & brook.v1.ListTenantsResponse.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.ListTenantsResponse;
            static toObject(m: brook.v1.ListTenantsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListTenantsResponse {
            interface $Properties {
                tenants?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.ListTenantsResponse.$Properties;
        }

        interface IGetTenantRequest extends brook.v1.GetTenantRequest.$Properties {
        }

        class GetTenantRequest {
            constructor(p?: brook.v1.GetTenantRequest.$Properties);
            $unknowns?: Uint8Array[];
            tenant: string;
            static create(properties: brook.v1.GetTenantRequest.$Shape): brook.v1.GetTenantRequest & brook.v1.GetTenantRequest.$Shape;
            static create(properties?: brook.v1.GetTenantRequest.$Properties): brook.v1.GetTenantRequest;
            static encode(m: brook.v1.GetTenantRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.GetTenantRequest & brook.v1.GetTenantRequest.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.GetTenantRequest;
            static toObject(m: brook.v1.GetTenantRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetTenantRequest {
            interface $Properties {
                tenant?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.GetTenantRequest.$Properties;
        }

        interface ICreateNamespaceRequest extends brook.v1.CreateNamespaceRequest.$Properties {
        }

        class CreateNamespaceRequest {
            constructor(p?: brook.v1.CreateNamespaceRequest.$Properties);
            $unknowns?: Uint8Array[];
            namespace: string;
            policies?: (brook.v1.Policies.$Properties|null);
            static create(properties: brook.v1.CreateNamespaceRequest.$Shape): brook.v1.CreateNamespaceRequest & brook.v1.CreateNamespaceRequest.$Shape;
            static create(properties?: brook.v1.CreateNamespaceRequest.$Properties): brook.v1.CreateNamespaceRequest;
            static encode(m: brook.v1.CreateNamespaceRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.CreateNamespaceRequest & brook.v1.CreateNamespaceRequest.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.CreateNamespaceRequest;
            static toObject(m: brook.v1.CreateNamespaceRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CreateNamespaceRequest {
            interface $Properties {
                namespace?: (string|null);
                policies?: (brook.v1.Policies.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.CreateNamespaceRequest.$Properties;
        }

        interface IDeleteNamespaceRequest extends brook.v1.DeleteNamespaceRequest.$Properties {
        }

        class DeleteNamespaceRequest {
            constructor(p?: brook.v1.DeleteNamespaceRequest.$Properties);
            $unknowns?: Uint8Array[];
            namespace: string;
            static create(properties: brook.v1.DeleteNamespaceRequest.$Shape): brook.v1.DeleteNamespaceRequest & brook.v1.DeleteNamespaceRequest.$Shape;
            static create(properties?: brook.v1.DeleteNamespaceRequest.$Properties): brook.v1.DeleteNamespaceRequest;
            static encode(m: brook.v1.DeleteNamespaceRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.DeleteNamespaceRequest & brook.v1.DeleteNamespaceRequest.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.DeleteNamespaceRequest;
            static toObject(m: brook.v1.DeleteNamespaceRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeleteNamespaceRequest {
            interface $Properties {
                namespace?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.DeleteNamespaceRequest.$Properties;
        }

        interface IDeleteNamespaceResponse extends brook.v1.DeleteNamespaceResponse.$Properties {
        }

        class DeleteNamespaceResponse {
            constructor(p?: brook.v1.DeleteNamespaceResponse.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: brook.v1.DeleteNamespaceResponse.$Shape): brook.v1.DeleteNamespaceResponse & brook.v1.DeleteNamespaceResponse.$Shape;
            static create(properties?: brook.v1.DeleteNamespaceResponse.$Properties): brook.v1.DeleteNamespaceResponse;
            static encode(m: brook.v1.DeleteNamespaceResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.DeleteNamespaceResponse & brook.v1.DeleteNamespaceResponse.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.DeleteNamespaceResponse;
            static toObject(m: brook.v1.DeleteNamespaceResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeleteNamespaceResponse {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.DeleteNamespaceResponse.$Properties;
        }

        interface IListNamespacesRequest extends brook.v1.ListNamespacesRequest.$Properties {
        }

        class ListNamespacesRequest {
            constructor(p?: brook.v1.ListNamespacesRequest.$Properties);
            $unknowns?: Uint8Array[];
            tenant: string;
            static create(properties: brook.v1.ListNamespacesRequest.$Shape): brook.v1.ListNamespacesRequest & brook.v1.ListNamespacesRequest.$Shape;
            static create(properties?: brook.v1.ListNamespacesRequest.$Properties): brook.v1.ListNamespacesRequest;
            static encode(m: brook.v1.ListNamespacesRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.ListNamespacesRequest & brook.v1.ListNamespacesRequest.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.ListNamespacesRequest;
            static toObject(m: brook.v1.ListNamespacesRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListNamespacesRequest {
            interface $Properties {
                tenant?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.ListNamespacesRequest.$Properties;
        }

        interface IListNamespacesResponse extends brook.v1.ListNamespacesResponse.$Properties {
        }

        class ListNamespacesResponse {
            constructor(p?: brook.v1.ListNamespacesResponse.$Properties);
            $unknowns?: Uint8Array[];
            namespaces: string[];
            static create(properties: brook.v1.ListNamespacesResponse.$Shape): brook.v1.ListNamespacesResponse & brook.v1.ListNamespacesResponse.$Shape;
            static create(properties?: brook.v1.ListNamespacesResponse.$Properties): brook.v1.ListNamespacesResponse;
            static encode(m: brook.v1.ListNamespacesResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.ListNamespacesResponse & brook.v1.ListNamespacesResponse.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.ListNamespacesResponse;
            static toObject(m: brook.v1.ListNamespacesResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListNamespacesResponse {
            interface $Properties {
                namespaces?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.ListNamespacesResponse.$Properties;
        }

        interface IGetPoliciesRequest extends brook.v1.GetPoliciesRequest.$Properties {
        }

        class GetPoliciesRequest {
            constructor(p?: brook.v1.GetPoliciesRequest.$Properties);
            $unknowns?: Uint8Array[];
            namespace: string;
            static create(properties: brook.v1.GetPoliciesRequest.$Shape): brook.v1.GetPoliciesRequest & brook.v1.GetPoliciesRequest.$Shape;
            static create(properties?: brook.v1.GetPoliciesRequest.$Properties): brook.v1.GetPoliciesRequest;
            static encode(m: brook.v1.GetPoliciesRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.GetPoliciesRequest & brook.v1.GetPoliciesRequest.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.GetPoliciesRequest;
            static toObject(m: brook.v1.GetPoliciesRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetPoliciesRequest {
            interface $Properties {
                namespace?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.GetPoliciesRequest.$Properties;
        }

        interface ISetPoliciesRequest extends brook.v1.SetPoliciesRequest.$Properties {
        }

        class SetPoliciesRequest {
            constructor(p?: brook.v1.SetPoliciesRequest.$Properties);
            $unknowns?: Uint8Array[];
            namespace: string;
            policies?: (brook.v1.Policies.$Properties|null);
            static create(properties: brook.v1.SetPoliciesRequest.$Shape): brook.v1.SetPoliciesRequest & brook.v1.SetPoliciesRequest.$Shape;
            static create(properties?: brook.v1.SetPoliciesRequest.$Properties): brook.v1.SetPoliciesRequest;
            static encode(m: brook.v1.SetPoliciesRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.SetPoliciesRequest & brook.v1.SetPoliciesRequest.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.SetPoliciesRequest;
            static toObject(m: brook.v1.SetPoliciesRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SetPoliciesRequest {
            interface $Properties {
                namespace?: (string|null);
                policies?: (brook.v1.Policies.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.SetPoliciesRequest.$Properties;
        }

        interface IRemovePolicyRequest extends brook.v1.RemovePolicyRequest.$Properties {
        }

        class RemovePolicyRequest {
            constructor(p?: brook.v1.RemovePolicyRequest.$Properties);
            $unknowns?: Uint8Array[];
            namespace: string;
            policy: string;
            static create(properties: brook.v1.RemovePolicyRequest.$Shape): brook.v1.RemovePolicyRequest & brook.v1.RemovePolicyRequest.$Shape;
            static create(properties?: brook.v1.RemovePolicyRequest.$Properties): brook.v1.RemovePolicyRequest;
            static encode(m: brook.v1.RemovePolicyRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.RemovePolicyRequest & brook.v1.RemovePolicyRequest.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.RemovePolicyRequest;
            static toObject(m: brook.v1.RemovePolicyRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RemovePolicyRequest {
            interface $Properties {
                namespace?: (string|null);
                policy?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.RemovePolicyRequest.$Properties;
        }

        interface INamespacePolicies extends brook.v1.NamespacePolicies.$Properties {
        }

        class NamespacePolicies {
            constructor(p?: brook.v1.NamespacePolicies.$Properties);
            $unknowns?: Uint8Array[];
            namespace: string;
            effective?: (brook.v1.Policies.$Properties|null);
            own?: (brook.v1.Policies.$Properties|null);
            static create(properties: brook.v1.NamespacePolicies.$Shape): brook.v1.NamespacePolicies & brook.v1.NamespacePolicies.$Shape;
            static create(properties?: brook.v1.NamespacePolicies.$Properties): brook.v1.NamespacePolicies;
            static encode(m: brook.v1.NamespacePolicies.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.NamespacePolicies & brook.v1.NamespacePolicies.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.NamespacePolicies;
            static toObject(m: brook.v1.NamespacePolicies, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace NamespacePolicies {
            interface $Properties {
                namespace?: (string|null);
                effective?: (brook.v1.Policies.$Properties|null);
                own?: (brook.v1.Policies.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.NamespacePolicies.$Properties;
        }

        interface IPolicies extends brook.v1.Policies.$Properties {
        }

        class Policies {
            constructor(p?: brook.v1.Policies.$Properties);
            $unknowns?: Uint8Array[];
            retention?: (brook.v1.RetentionPolicy.$Properties|null);
            messageTtlSeconds?: (number|null);
            backlogQuota?: (brook.v1.BacklogQuotaPolicy.$Properties|null);
            maxMessageSize?: (number|null);
            deduplication?: (boolean|null);
            persistence?: (brook.v1.PersistencePolicy.$Properties|null);
            maxProducersPerTopic?: (number|null);
            maxConsumersPerTopic?: (number|null);
            static create(properties: brook.v1.Policies.$Shape): brook.v1.Policies & brook.v1.Policies.$Shape;
            static create(properties?: brook.v1.Policies.$Properties): brook.v1.Policies;
            static encode(m: brook.v1.Policies.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.Policies & brook.v1.Policies.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.Policies;
            static toObject(m: brook.v1.Policies, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Policies {
            interface $Properties {
                retention?: (brook.v1.RetentionPolicy.$Properties|null);
                messageTtlSeconds?: (number|null);
                backlogQuota?: (brook.v1.BacklogQuotaPolicy.$Properties|null);
                maxMessageSize?: (number|null);
                deduplication?: (boolean|null);
                persistence?: (brook.v1.PersistencePolicy.$Properties|null);
                maxProducersPerTopic?: (number|null);
                maxConsumersPerTopic?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.Policies.$Properties;
        }

        interface IRetentionPolicy extends brook.v1.RetentionPolicy.$Properties {
        }

        class RetentionPolicy {
            constructor(p?: brook.v1.RetentionPolicy.$Properties);
            $unknowns?: Uint8Array[];
            timeMinutes?: (number|null);
            sizeMb?: (number|null);
            static create(properties: brook.v1.RetentionPolicy.$Shape): brook.v1.RetentionPolicy & brook.v1.RetentionPolicy.$Shape;
            static create(properties?: brook.v1.RetentionPolicy.$Properties): brook.v1.RetentionPolicy;
            static encode(m: brook.v1.RetentionPolicy.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.RetentionPolicy & brook.v1.RetentionPolicy.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.RetentionPolicy;
            static toObject(m: brook.v1.RetentionPolicy, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RetentionPolicy {
            interface $Properties {
                timeMinutes?: (number|null);
                sizeMb?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.RetentionPolicy.$Properties;
        }

        interface IBacklogQuotaPolicy extends brook.v1.BacklogQuotaPolicy.$Properties {
        }

        class BacklogQuotaPolicy {
            constructor(p?: brook.v1.BacklogQuotaPolicy.$Properties);
            $unknowns?: Uint8Array[];
            limitBytes?: (number|null);
            limitTimeSeconds?: (number|null);
            action?: (string|null);
            static create(properties: brook.v1.BacklogQuotaPolicy.$Shape): brook.v1.BacklogQuotaPolicy & brook.v1.BacklogQuotaPolicy.$Shape;
            static create(properties?: brook.v1.BacklogQuotaPolicy.$Properties): brook.v1.BacklogQuotaPolicy;
            static encode(m: brook.v1.BacklogQuotaPolicy.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.BacklogQuotaPolicy & brook.v1.BacklogQuotaPolicy.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.BacklogQuotaPolicy;
            static toObject(m: brook.v1.BacklogQuotaPolicy, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace BacklogQuotaPolicy {
            interface $Properties {
                limitBytes?: (number|null);
                limitTimeSeconds?: (number|null);
                action?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.BacklogQuotaPolicy.$Properties;
        }

        interface IPersistencePolicy extends brook.v1.PersistencePolicy.$Properties {
        }

        class PersistencePolicy {
            constructor(p?: brook.v1.PersistencePolicy.$Properties);
            $unknowns?: Uint8Array[];
            ensembleSize?: (number|null);
            writeQuorum?: (number|null);
            ackQuorum?: (number|null);
            static create(properties: brook.v1.PersistencePolicy.$Shape): brook.v1.PersistencePolicy & brook.v1.PersistencePolicy.$Shape;
            static create(properties?: brook.v1.PersistencePolicy.$Properties): brook.v1.PersistencePolicy;
            static encode(m: brook.v1.PersistencePolicy.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.PersistencePolicy & brook.v1.PersistencePolicy.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.PersistencePolicy;
            static toObject(m: brook.v1.PersistencePolicy, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PersistencePolicy {
            interface $Properties {
                ensembleSize?: (number|null);
                writeQuorum?: (number|null);
                ackQuorum?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.PersistencePolicy.$Properties;
        }

        interface ITopicOffsetsRequest extends brook.v1.TopicOffsetsRequest.$Properties {
        }

        class TopicOffsetsRequest {
            constructor(p?: brook.v1.TopicOffsetsRequest.$Properties);
            $unknowns?: Uint8Array[];
            topic: string;
            static create(properties: brook.v1.TopicOffsetsRequest.$Shape): brook.v1.TopicOffsetsRequest & brook.v1.TopicOffsetsRequest.$Shape;
            static create(properties?: brook.v1.TopicOffsetsRequest.$Properties): brook.v1.TopicOffsetsRequest;
            static encode(m: brook.v1.TopicOffsetsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.TopicOffsetsRequest & brook.v1.TopicOffsetsRequest.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.TopicOffsetsRequest;
            static toObject(m: brook.v1.TopicOffsetsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TopicOffsetsRequest {
            interface $Properties {
                topic?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.TopicOffsetsRequest.$Properties;
        }

        interface ITopicOffsets extends brook.v1.TopicOffsets.$Properties {
        }

        class TopicOffsets {
            constructor(p?: brook.v1.TopicOffsets.$Properties);
            $unknowns?: Uint8Array[];
            firstOffset: number;
            nextOffset: number;
            static create(properties: brook.v1.TopicOffsets.$Shape): brook.v1.TopicOffsets & brook.v1.TopicOffsets.$Shape;
            static create(properties?: brook.v1.TopicOffsets.$Properties): brook.v1.TopicOffsets;
            static encode(m: brook.v1.TopicOffsets.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.TopicOffsets & brook.v1.TopicOffsets.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.TopicOffsets;
            static toObject(m: brook.v1.TopicOffsets, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TopicOffsets {
            interface $Properties {
                firstOffset?: (number|null);
                nextOffset?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.TopicOffsets.$Properties;
        }

        interface IListSubscriptionsRequest extends brook.v1.ListSubscriptionsRequest.$Properties {
        }

        class ListSubscriptionsRequest {
            constructor(p?: brook.v1.ListSubscriptionsRequest.$Properties);
            $unknowns?: Uint8Array[];
            topic: string;
            static create(properties: brook.v1.ListSubscriptionsRequest.$Shape): brook.v1.ListSubscriptionsRequest & brook.v1.ListSubscriptionsRequest.$Shape;
            static create(properties?: brook.v1.ListSubscriptionsRequest.$Properties): brook.v1.ListSubscriptionsRequest;
            static encode(m: brook.v1.ListSubscriptionsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.ListSubscriptionsRequest & brook.v1.ListSubscriptionsRequest.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.ListSubscriptionsRequest;
            static toObject(m: brook.v1.ListSubscriptionsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListSubscriptionsRequest {
            interface $Properties {
                topic?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.ListSubscriptionsRequest.$Properties;
        }

        interface IListSubscriptionsResponse extends brook.v1.ListSubscriptionsResponse.$Properties {
        }

        class ListSubscriptionsResponse {
            constructor(p?: brook.v1.ListSubscriptionsResponse.$Properties);
            $unknowns?: Uint8Array[];
            subscriptions: brook.v1.SubscriptionInfo.$Properties[];
            static create(properties: brook.v1.ListSubscriptionsResponse.$Shape): brook.v1.ListSubscriptionsResponse & brook.v1.ListSubscriptionsResponse.$Shape;
            static create(properties?: brook.v1.ListSubscriptionsResponse.$Properties): brook.v1.ListSubscriptionsResponse;
            static encode(m: brook.v1.ListSubscriptionsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.ListSubscriptionsResponse & brook.v1.ListSubscriptionsResponse.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.ListSubscriptionsResponse;
            static toObject(m: brook.v1.ListSubscriptionsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListSubscriptionsResponse {
            interface $Properties {
                subscriptions?: (brook.v1.SubscriptionInfo.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.ListSubscriptionsResponse.$Properties;
        }

        interface ISubscriptionInfo extends brook.v1.SubscriptionInfo.$Properties {
        }

        class SubscriptionInfo {
            constructor(p?: brook.v1.SubscriptionInfo.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            type: brook.v1.SubscriptionType;
            durable: boolean;
            backlog: number;
            consumerCount: number;
            unackedCount: number;
            markDeleteOffset: number;
            static create(properties: brook.v1.SubscriptionInfo.$Shape): brook.v1.SubscriptionInfo & brook.v1.SubscriptionInfo.$Shape;
            static create(properties?: brook.v1.SubscriptionInfo.$Properties): brook.v1.SubscriptionInfo;
            static encode(m: brook.v1.SubscriptionInfo.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.SubscriptionInfo & brook.v1.SubscriptionInfo.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.SubscriptionInfo;
            static toObject(m: brook.v1.SubscriptionInfo, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SubscriptionInfo {
            interface $Properties {
                name?: (string|null);
                type?: (brook.v1.SubscriptionType|null);
                durable?: (boolean|null);
                backlog?: (number|null);
                consumerCount?: (number|null);
                unackedCount?: (number|null);
                markDeleteOffset?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.SubscriptionInfo.$Properties;
        }

        interface ICreateSubscriptionRequest extends brook.v1.CreateSubscriptionRequest.$Properties {
        }

        class CreateSubscriptionRequest {
            constructor(p?: brook.v1.CreateSubscriptionRequest.$Properties);
            $unknowns?: Uint8Array[];
            topic: string;
            subscription: string;
            initialPosition?: (brook.v1.InitialPosition|null);
            messageId?: (brook.v1.MessageIdData.$Properties|null);
            start?: ("initialPosition"|"messageId");
            static create(properties: brook.v1.CreateSubscriptionRequest.$Shape): brook.v1.CreateSubscriptionRequest & brook.v1.CreateSubscriptionRequest.$Shape;
            static create(properties?: brook.v1.CreateSubscriptionRequest.$Properties): brook.v1.CreateSubscriptionRequest;
            static encode(m: brook.v1.CreateSubscriptionRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.CreateSubscriptionRequest & brook.v1.CreateSubscriptionRequest.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.CreateSubscriptionRequest;
            static toObject(m: brook.v1.CreateSubscriptionRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CreateSubscriptionRequest {
            interface $Properties {
                topic?: (string|null);
                subscription?: (string|null);
                initialPosition?: (brook.v1.InitialPosition|null);
                messageId?: (brook.v1.MessageIdData.$Properties|null);
                start?: ("initialPosition"|"messageId");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              topic?: string|null;
              subscription?: string|null;
              initialPosition?: brook.v1.InitialPosition|null;
              messageId?: brook.v1.MessageIdData.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ start?: undefined; initialPosition?: null; messageId?: null }|{ start?: "initialPosition"; initialPosition: brook.v1.InitialPosition; messageId?: null }|{ start?: "messageId"; initialPosition?: null; messageId: brook.v1.MessageIdData.$Shape })
            );
        }

        interface IDeleteSubscriptionRequest extends brook.v1.DeleteSubscriptionRequest.$Properties {
        }

        class DeleteSubscriptionRequest {
            constructor(p?: brook.v1.DeleteSubscriptionRequest.$Properties);
            $unknowns?: Uint8Array[];
            topic: string;
            subscription: string;
            force: boolean;
            static create(properties: brook.v1.DeleteSubscriptionRequest.$Shape): brook.v1.DeleteSubscriptionRequest & brook.v1.DeleteSubscriptionRequest.$Shape;
            static create(properties?: brook.v1.DeleteSubscriptionRequest.$Properties): brook.v1.DeleteSubscriptionRequest;
            static encode(m: brook.v1.DeleteSubscriptionRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.DeleteSubscriptionRequest & brook.v1.DeleteSubscriptionRequest.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.DeleteSubscriptionRequest;
            static toObject(m: brook.v1.DeleteSubscriptionRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeleteSubscriptionRequest {
            interface $Properties {
                topic?: (string|null);
                subscription?: (string|null);
                force?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.DeleteSubscriptionRequest.$Properties;
        }

        interface IDeleteSubscriptionResponse extends brook.v1.DeleteSubscriptionResponse.$Properties {
        }

        class DeleteSubscriptionResponse {
            constructor(p?: brook.v1.DeleteSubscriptionResponse.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: brook.v1.DeleteSubscriptionResponse.$Shape): brook.v1.DeleteSubscriptionResponse & brook.v1.DeleteSubscriptionResponse.$Shape;
            static create(properties?: brook.v1.DeleteSubscriptionResponse.$Properties): brook.v1.DeleteSubscriptionResponse;
            static encode(m: brook.v1.DeleteSubscriptionResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.DeleteSubscriptionResponse & brook.v1.DeleteSubscriptionResponse.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.DeleteSubscriptionResponse;
            static toObject(m: brook.v1.DeleteSubscriptionResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeleteSubscriptionResponse {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.DeleteSubscriptionResponse.$Properties;
        }

        interface IResetCursorRequest extends brook.v1.ResetCursorRequest.$Properties {
        }

        class ResetCursorRequest {
            constructor(p?: brook.v1.ResetCursorRequest.$Properties);
            $unknowns?: Uint8Array[];
            topic: string;
            subscription: string;
            messageId?: (brook.v1.MessageIdData.$Properties|null);
            publishTime?: (number|null);
            offset?: (number|null);
            target?: ("messageId"|"publishTime"|"offset");
            static create(properties: brook.v1.ResetCursorRequest.$Shape): brook.v1.ResetCursorRequest & brook.v1.ResetCursorRequest.$Shape;
            static create(properties?: brook.v1.ResetCursorRequest.$Properties): brook.v1.ResetCursorRequest;
            static encode(m: brook.v1.ResetCursorRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.ResetCursorRequest & brook.v1.ResetCursorRequest.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.ResetCursorRequest;
            static toObject(m: brook.v1.ResetCursorRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ResetCursorRequest {
            interface $Properties {
                topic?: (string|null);
                subscription?: (string|null);
                messageId?: (brook.v1.MessageIdData.$Properties|null);
                publishTime?: (number|null);
                offset?: (number|null);
                target?: ("messageId"|"publishTime"|"offset");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              topic?: string|null;
              subscription?: string|null;
              messageId?: brook.v1.MessageIdData.$Shape|null;
              publishTime?: number|null;
              offset?: number|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ target?: undefined; messageId?: null; publishTime?: null; offset?: null }|{ target?: "messageId"; messageId: brook.v1.MessageIdData.$Shape; publishTime?: null; offset?: null }|{ target?: "publishTime"; messageId?: null; publishTime: number; offset?: null }|{ target?: "offset"; messageId?: null; publishTime?: null; offset: number })
            );
        }

        interface ISkipMessagesRequest extends brook.v1.SkipMessagesRequest.$Properties {
        }

        class SkipMessagesRequest {
            constructor(p?: brook.v1.SkipMessagesRequest.$Properties);
            $unknowns?: Uint8Array[];
            topic: string;
            subscription: string;
            count: number;
            static create(properties: brook.v1.SkipMessagesRequest.$Shape): brook.v1.SkipMessagesRequest & brook.v1.SkipMessagesRequest.$Shape;
            static create(properties?: brook.v1.SkipMessagesRequest.$Properties): brook.v1.SkipMessagesRequest;
            static encode(m: brook.v1.SkipMessagesRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.SkipMessagesRequest & brook.v1.SkipMessagesRequest.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.SkipMessagesRequest;
            static toObject(m: brook.v1.SkipMessagesRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SkipMessagesRequest {
            interface $Properties {
                topic?: (string|null);
                subscription?: (string|null);
                count?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.SkipMessagesRequest.$Properties;
        }

        interface IClearBacklogRequest extends brook.v1.ClearBacklogRequest.$Properties {
        }

        class ClearBacklogRequest {
            constructor(p?: brook.v1.ClearBacklogRequest.$Properties);
            $unknowns?: Uint8Array[];
            topic: string;
            subscription: string;
            static create(properties: brook.v1.ClearBacklogRequest.$Shape): brook.v1.ClearBacklogRequest & brook.v1.ClearBacklogRequest.$Shape;
            static create(properties?: brook.v1.ClearBacklogRequest.$Properties): brook.v1.ClearBacklogRequest;
            static encode(m: brook.v1.ClearBacklogRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.ClearBacklogRequest & brook.v1.ClearBacklogRequest.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.ClearBacklogRequest;
            static toObject(m: brook.v1.ClearBacklogRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClearBacklogRequest {
            interface $Properties {
                topic?: (string|null);
                subscription?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.ClearBacklogRequest.$Properties;
        }

        interface ICursorPosition extends brook.v1.CursorPosition.$Properties {
        }

        class CursorPosition {
            constructor(p?: brook.v1.CursorPosition.$Properties);
            $unknowns?: Uint8Array[];
            markDeleteOffset: number;
            backlog: number;
            static create(properties: brook.v1.CursorPosition.$Shape): brook.v1.CursorPosition & brook.v1.CursorPosition.$Shape;
            static create(properties?: brook.v1.CursorPosition.$Properties): brook.v1.CursorPosition;
            static encode(m: brook.v1.CursorPosition.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.CursorPosition & brook.v1.CursorPosition.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.CursorPosition;
            static toObject(m: brook.v1.CursorPosition, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CursorPosition {
            interface $Properties {
                markDeleteOffset?: (number|null);
                backlog?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.CursorPosition.$Properties;
        }

        interface IMessageBatch extends brook.v1.MessageBatch.$Properties {
        }

        class MessageBatch {
            constructor(p?: brook.v1.MessageBatch.$Properties);
            $unknowns?: Uint8Array[];
            messages: brook.v1.SingleMessage.$Properties[];
            static create(properties: brook.v1.MessageBatch.$Shape): brook.v1.MessageBatch & brook.v1.MessageBatch.$Shape;
            static create(properties?: brook.v1.MessageBatch.$Properties): brook.v1.MessageBatch;
            static encode(m: brook.v1.MessageBatch.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.MessageBatch & brook.v1.MessageBatch.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.MessageBatch;
            static toObject(m: brook.v1.MessageBatch, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace MessageBatch {
            interface $Properties {
                messages?: (brook.v1.SingleMessage.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.MessageBatch.$Properties;
        }

        interface ISingleMessage extends brook.v1.SingleMessage.$Properties {
        }

        class SingleMessage {
            constructor(p?: brook.v1.SingleMessage.$Properties);
            $unknowns?: Uint8Array[];
            value: Uint8Array;
            key?: (string|null);
            properties: { [k: string]: string };
            eventTime: number;
            uuid?: (string|null);
            chunkId: number;
            numChunks: number;
            totalSize: number;
            static create(properties: brook.v1.SingleMessage.$Shape): brook.v1.SingleMessage & brook.v1.SingleMessage.$Shape;
            static create(properties?: brook.v1.SingleMessage.$Properties): brook.v1.SingleMessage;
            static encode(m: brook.v1.SingleMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.SingleMessage & brook.v1.SingleMessage.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.SingleMessage;
            static toObject(m: brook.v1.SingleMessage, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SingleMessage {
            interface $Properties {
                value?: (Uint8Array|null);
                key?: (string|null);
                properties?: ({ [k: string]: string }|null);
                eventTime?: (number|null);
                uuid?: (string|null);
                chunkId?: (number|null);
                numChunks?: (number|null);
                totalSize?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.SingleMessage.$Properties;
        }

        enum Codec {
            CODEC_NONE = 0,
            CODEC_LZ4 = 1,
            CODEC_ZSTD = 2,
            CODEC_SNAPPY = 3,
            CODEC_ZLIB = 4
        }

        interface IMessageIdData extends brook.v1.MessageIdData.$Properties {
        }

        class MessageIdData {
            constructor(p?: brook.v1.MessageIdData.$Properties);
            $unknowns?: Uint8Array[];
            partition: number;
            ledgerId: number;
            entryId: number;
            batchIndex: number;
            offset: number;
            static create(properties: brook.v1.MessageIdData.$Shape): brook.v1.MessageIdData & brook.v1.MessageIdData.$Shape;
            static create(properties?: brook.v1.MessageIdData.$Properties): brook.v1.MessageIdData;
            static encode(m: brook.v1.MessageIdData.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): brook.v1.MessageIdData & brook.v1.MessageIdData.$Shape;
            static fromObject(d: { [k: string]: any }): brook.v1.MessageIdData;
            static toObject(m: brook.v1.MessageIdData, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace MessageIdData {
            interface $Properties {
                partition?: (number|null);
                ledgerId?: (number|null);
                entryId?: (number|null);
                batchIndex?: (number|null);
                offset?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = brook.v1.MessageIdData.$Properties;
        }
    }
}
