package io.exchangekit.emulator.graph;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The identifiers of the emulated tenant {@code contoso}. SKU and service-plan GUIDs are the real
 * ones from Microsoft's licensing service-plan reference; the tenant GUID is made up.
 */
public final class ContosoTenant {

  public static final String NAME = "contoso";
  public static final UUID TENANT_ID = UUID.fromString("5b1e7c2a-3f4d-4e8a-9c61-0d2f8a7b4e15");
  public static final String INITIAL_DOMAIN = "contoso.onmicrosoft.com";
  public static final String CUSTOM_DOMAIN = "contoso.com";

  public static final String CAROL = "carol@contoso.onmicrosoft.com";

  public static final String ENTERPRISEPACK = "ENTERPRISEPACK";
  public static final UUID ENTERPRISEPACK_ID =
      UUID.fromString("6fd2c87f-b296-42f0-b197-1e91e994b900");
  public static final int ENTERPRISEPACK_SEATS = 25;

  public static final String POWER_BI_STANDARD = "POWER_BI_STANDARD";
  public static final UUID POWER_BI_STANDARD_ID =
      UUID.fromString("a403ebcc-fae0-4ca2-8c8c-7a907fd6c235");
  public static final int POWER_BI_STANDARD_SEATS = 100;

  public static final UUID SWAY = UUID.fromString("a23b959c-7ce8-4e57-9140-b90eb88a9e97");
  public static final UUID FLOW_O365_P2 = UUID.fromString("76846ad7-7776-4c40-a281-a386362dd1b9");
  public static final UUID EXCHANGE_S_ENTERPRISE =
      UUID.fromString("efb87545-963c-4e0d-99df-69c6916d9eb0");
  public static final UUID BI_AZURE_P0 = UUID.fromString("2049e525-b859-401b-b2a0-e0a31c4b1fe4");
  public static final UUID EXCHANGE_S_FOUNDATION =
      UUID.fromString("113feb6c-3fe4-4440-bddc-54d774bf0318");

  private ContosoTenant() {}

  /** ENTERPRISEPACK (Office 365 E3) service plans, name to id, the complete official row. */
  static Map<String, UUID> enterprisePackPlans() {
    String[][] rows = {
      {"MESH_AVATARS_FOR_TEAMS", "dcf9d2f4-772e-4434-b757-77a453cfbc02"},
      {"MESH_AVATARS_ADDITIONAL_FOR_TEAMS", "3efbd4ed-8958-4824-8389-1321f8730af8"},
      {"RMS_S_ENTERPRISE", "bea4c11e-220a-4e6d-8eb8-8ea15d019f90"},
      {"Bing_Chat_Enterprise", "0d0c0d31-fae7-41f2-b909-eaf4d7f26dba"},
      {"CDS_O365_P2", "95b76021-6a53-4741-ab8b-1d1f3d66a95a"},
      {"EXCHANGE_S_ENTERPRISE", "efb87545-963c-4e0d-99df-69c6916d9eb0"},
      {"MESH_IMMERSIVE_FOR_TEAMS", "f0ff6ac6-297d-49cd-be34-6dfef97f0c28"},
      {"ContentExplorer_Standard", "2b815d45-56e4-4e3a-b65c-66cb9175b560"},
      {"MIP_S_CLP1", "5136a095-5cf0-4aff-bec3-e84448b38ea5"},
      {"MYANALYTICS_P2", "33c4f319-9bdd-48d6-9c4d-410b750a4a5a"},
      {"OFFICESUBSCRIPTION", "43de0ff5-c92c-492b-9116-175376d08c38"},
      {"M365_LIGHTHOUSE_CUSTOMER_PLAN1", "6f23d6a9-adbf-481c-8538-b4c095654487"},
      {"MICROSOFTBOOKINGS", "199a5c09-e0ca-4e37-8f7c-b05d533e1ea2"},
      {"FORMS_PLAN_E3", "2789c901-c14e-48ab-a76a-be334d9d793a"},
      {"KAIZALA_O365_P3", "aebd3021-9f8f-4bf8-bbe3-0ed2f4f047a1"},
      {"PROJECTWORKMANAGEMENT", "b737dad2-2f6c-4c65-90e3-ca563267e8b9"},
      {"DYN365_CDS_O365_P2", "4ff01e01-1ba7-4d71-8cf8-ce96c3bbcf14"},
      {"POWERAPPS_O365_P2", "c68f8d98-5534-41c8-bf36-22fa496fa792"},
      {"MICROSOFT_SEARCH", "94065c59-bc8e-4e8b-89e5-5138d471eaff"},
      {"Deskless", "8c7d2df8-86f0-4902-b2ed-a0458298f3b3"},
      {"STREAM_O365_E3", "9e700747-8b1d-45e5-ab8d-ef187ceec156"},
      {"TEAMS1", "57ff2da0-773e-42df-b2af-ffb7a2317929"},
      {"INTUNE_O365", "882e1d05-acd1-4ccb-8708-6ee03664b117"},
      {"Nucleus", "db4d623d-b514-490b-b7ef-8885eee514de"},
      {"SHAREPOINTWAC", "e95bec33-7c88-4a70-8e19-b10bd9d0c014"},
      {"PROJECT_O365_P2", "31b4e2fc-4cd6-4e7d-9c1b-41407303bd66"},
      {"SHAREPOINTENTERPRISE", "5dbe027f-2339-4123-9542-606e4d348a72"},
      {"MCOSTANDARD", "0feaeb32-d00e-4d66-bd5a-43b5b83db82c"},
      {"SWAY", "a23b959c-7ce8-4e57-9140-b90eb88a9e97"},
      {"BPOS_S_TODO_2", "c87f142c-d1e9-4363-8630-aaea9c4d9ae5"},
      {"VIVAENGAGE_CORE", "a82fbf69-b4d7-49f4-83a6-915b2cf354f4"},
      {"VIVA_LEARNING_SEEDED", "b76fb638-6ba6-402a-b9f9-83d28acb3d86"},
      {"WHITEBOARD_PLAN2", "94a54592-cd8b-425e-87c6-97868b000b91"},
      {"YAMMER_ENTERPRISE", "7547a3fe-08ee-4ccb-b430-5077c5041653"},
      {"FLOW_O365_P2", "76846ad7-7776-4c40-a281-a386362dd1b9"},
      {"POWER_VIRTUAL_AGENTS_O365_P2", "041fe683-03e4-45b6-b1af-c0cdc516daee"},
    };
    Map<String, UUID> plans = new LinkedHashMap<>();
    for (String[] row : rows) {
      plans.put(row[0], UUID.fromString(row[1]));
    }
    return plans;
  }
}
